package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.junit.jupiter.api.Test;

class ChannelCellTest {

    private static List<Channel> read(String cell) {
        ChannelCell.Result r = ChannelCell.parse(cell);
        assertEquals(List.of(), r.unknown(), cell);
        return r.channels();
    }

    @Test
    void aTemplateLabelWithANameOrAnAddress_inBrackets() {
        assertEquals(List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, "东阿县人民政府网站", null), Channel.of(ChannelType.GAZETTE)),
                read("■政府网站（东阿县人民政府网站） ■政府公报 □两微一端"));
        assertEquals(List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, null, "www.donge.gov.cn")), read("政府网站(www.donge.gov.cn)"));
        // a label with brackets of its own stays the label; a name after it is still read
        assertEquals(List.of(Channel.of(ChannelType.NOTICE_BOARD)), read("■社区/企事业单位/村公示栏(电子屏)"));
        assertEquals(List.of(new Channel(ChannelType.NOTICE_BOARD, "城关社区公示栏", null)), read("■社区/企事业单位/村公示栏(电子屏)(城关社区公示栏)"));
        assertEquals(List.of(new Channel(ChannelType.OTHER, "微博", null)), read("■其他（微博）"));
    }

    @Test
    void theExportedChecklist_readsBackWithNames() {
        List<Channel> channels = List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, "东阿县人民政府网站", null),
                Channel.of(ChannelType.GAZETTE), new Channel(ChannelType.HOTLINE, "东阿县便民热线", null),
                new Channel(ChannelType.OTHER, "村务公开栏", null));
        assertEquals(channels.stream().map(c -> c.type() + ":" + c.name()).sorted().toList(),
                read(SheetExporter.checklist(channels)).stream().map(c -> c.type() + ":" + c.name()).sorted().toList());
    }

    @Test
    void labelsSeparatedBySpacesOrLines_areSeveralChannels_unlessABreakCutOneLabel() {
        Channel web = Channel.of(ChannelType.GOVERNMENT_WEBSITE);
        assertEquals(List.of(web, Channel.of(ChannelType.SERVICE_CENTER)), read("政府网站 政务服务中心"));
        assertEquals(List.of(web, Channel.of(ChannelType.NOTICE_BOARD), Channel.of(ChannelType.OTHER)), read("政府网站  公示栏 其他"));
        assertEquals(List.of(web, Channel.of(ChannelType.SERVICE_CENTER)), read("政府网站\n政务服务中心"));
        // a space or line break inside one label: still one channel
        assertEquals(List.of(web), read("政府 网站"));
        assertEquals(List.of(web), read("门户\n网站、"));
        assertEquals(List.of(Channel.of(ChannelType.NOTICE_BOARD), web), read("村務公開\n欄、政府網站"));
        assertEquals(List.of(web, Channel.of(ChannelType.SERVICE_CENTER)), read("政府网站 政务 服务中心"));
        // a named channel and a text after 其他 stay whole
        assertEquals(List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, "东阿县人民政府网站", null)), read("东阿县 人民政府网站"));
        assertEquals(List.of(new Channel(ChannelType.OTHER, "微信群", null)), read("其他 微信群"));
    }

    @Test
    void webAddressesAndNamedWebPlatforms() {
        assertEquals(List.of(new Channel(ChannelType.ONLINE_PLATFORM, "中国政府采购网", null)), read("中国政府采购网"));
        assertEquals(List.of(new Channel(ChannelType.ONLINE_PLATFORM, "中国政府采购网", "www.ccgp.gov.cn")), read("中国政府采购网（www.ccgp.gov.cn）"));
        assertEquals(List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, null, "http://www.donge.gov.cn")), read("http://www.donge.gov.cn"));
        assertEquals(List.of(new Channel(ChannelType.ONLINE_PLATFORM, "www.example.com", "www.example.com")), read("www.example.com"));
        assertEquals(List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, "县政府门户网站", "http://www.xx.gov.cn")), read("县政府门户网站（http://www.xx.gov.cn）"));
        assertEquals(List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, null, "www.donge.gov.cn")), read("政府网站：www.donge.gov.cn"));
        assertEquals(List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, "东阿县人民政府网", "www.donge.gov.cn")), read("东阿县人民政府网 www.donge.gov.cn"));
        assertEquals(List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, null, "www.donge.gov.cn"), Channel.of(ChannelType.SERVICE_CENTER)),
                read("政府网站 www.donge.gov.cn 政务服务中心"));
    }

    @Test
    void tickAndCrossMarks_andPostingAndLeafletWordings() {
        assertEquals(List.of(Channel.of(ChannelType.GOVERNMENT_WEBSITE), Channel.of(ChannelType.SERVICE_CENTER)),
                read("✓政府网站 ✗政府公报 ✓政务服务中心 ✘两微一端"));
        assertEquals(List.of(ChannelType.NOTICE_BOARD), read("张贴公告").stream().map(Channel::type).toList());
        assertEquals(List.of(ChannelType.NOTICE_BOARD), read("张榜公布").stream().map(Channel::type).toList());
        assertEquals(List.of(ChannelType.PRINT), read("宣传折页").stream().map(Channel::type).toList());
        assertEquals(List.of(ChannelType.PRESS_CONFERENCE), read("新闻通气会").stream().map(Channel::type).toList());
        assertEquals(List.of(ChannelType.ON_SITE), read("上门告知").stream().map(Channel::type).toList());
    }

    /** A method named before the channels (a 公开方式和渠道 column) is returned apart; 主动推送 is a channel. */
    @Test
    void aMethodBeforeTheChannels() {
        Channel web = Channel.of(ChannelType.GOVERNMENT_WEBSITE);
        assertEquals(new ChannelCell.Result(List.of(web, Channel.of(ChannelType.NOTICE_BOARD)), List.of(), "主动公开"),
                ChannelCell.parse("主动公开：政府网站、公示栏"));
        assertEquals(new ChannelCell.Result(List.of(web), List.of(), "主动公开"), ChannelCell.parse(" 主动公开（政府网站）"));
        assertEquals(new ChannelCell.Result(List.of(), List.of(), "依申请公开"), ChannelCell.parse("依申请公开"));
        assertEquals(new ChannelCell.Result(List.of(new Channel(ChannelType.TARGETED_PUSH, "主动推送", null)), List.of(), null), ChannelCell.parse("主动推送"));
        assertEquals(ChannelCell.parse("主动公开：■政府网站□政府公报"), ChannelCell.parser().apply("主动公开：■政府网站□政府公报"));
    }

    /** Every chosen and every unchosen mark cuts a glued checklist, and a label's trailing 、，；。 go. */
    @Test
    void everyMark_cutsAGluedChecklist() {
        for (char chosen : "■◆☑▣✔√✓✅".toCharArray()) {
            for (char not : "□◇☐▢✗✘".toCharArray()) {
                String cell = chosen + "政府网站、" + not + "政府公报" + chosen + " 政务服务中心；" + not + "两微一端";
                assertEquals(List.of(Channel.of(ChannelType.GOVERNMENT_WEBSITE), Channel.of(ChannelType.SERVICE_CENTER)), read(cell), cell);
            }
        }
    }

    @Test
    void marksAfterTheirLabels_andLabelsJoinedBySlashOrAnd() {
        Channel web = Channel.of(ChannelType.GOVERNMENT_WEBSITE);
        assertEquals(List.of(web, Channel.of(ChannelType.NOTICE_BOARD)), read("政府网站■ 两微一端□ 公示栏■"));
        assertEquals(List.of(web, Channel.of(ChannelType.NOTICE_BOARD), Channel.of(ChannelType.SERVICE_STATION)), read("政府网站/公示栏/便民服务站"));
        assertEquals(List.of(web, Channel.of(ChannelType.NOTICE_BOARD)), read("政府网站和公示栏"));
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NEW_MEDIA), read("县政府网站和微信公众号").stream().map(Channel::type).toList());
        // a template label with a slash of its own, and a body's name with 和, stay one
        assertEquals(List.of(Channel.of(ChannelType.PRESS_CONFERENCE)), read("发布会/听证会"));
        assertEquals(List.of(new Channel(ChannelType.GOVERNMENT_WEBSITE, "住房和城乡建设局网站", null)), read("住房和城乡建设局网站"));
    }

    private static final String[] ITEMS = {"政府网站", "政府网站（东阿县人民政府网站）", "政府网站(www.donge.gov.cn)", "政府公报", "两微一端",
        "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点", "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏(电子屏)",
        "精准推送", "其他", "其他（微博）", "信用中国", "村务公开栏、", "政府网站 政务服务中心", "县政府网站和微信公众号", "某某平台", "窗口"};
    private static final String[] MARKS = {"■", "□", "◆", "☑", "口", "√", "■ ", "□ "};

    /** The parser of one sheet remembers checklist items: in any order, it reads each cell as parse does. */
    @Test
    void sheetParser_readsWhatParseReads() {
        java.util.Random rnd = new java.util.Random(1127);
        List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + rnd.nextInt(8); k > 0; k--) {
                String item = ITEMS[rnd.nextInt(ITEMS.length)];
                String mark = MARKS[rnd.nextInt(MARKS.length)];
                b.append(rnd.nextInt(10) == 0 ? item + mark.strip() : mark + item).append(rnd.nextBoolean() ? " " : "");
            }
            cells.add(rnd.nextInt(20) == 0 ? b + " 注：以上为示例" : b.toString());
        }
        java.util.function.Function<String, ChannelCell.Result> parser = ChannelCell.parser();
        for (int round = 0; round < 2; round++) {
            java.util.Collections.shuffle(cells, rnd);
            for (String c : cells) {
                assertEquals(ChannelCell.parse(c), parser.apply(c), c);
            }
        }
    }
}

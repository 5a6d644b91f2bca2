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
}

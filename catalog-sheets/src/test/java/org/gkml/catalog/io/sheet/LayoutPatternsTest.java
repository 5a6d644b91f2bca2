package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.junit.jupiter.api.Test;

/**
 * Layout patterns from DOMAIN.md that the development corpus shows little of, each in a small table written for
 * the test: stacked tables with their own titles and headers, header synonyms (公开形式, 公开范围), audience and
 * method fused in one cell, four item levels with merged blanks, traditional characters with columns in an
 * unusual order.
 */
class LayoutPatternsTest {

    /** Where the sheets written for the tests go (removed after the class). */
    @org.junit.jupiter.api.io.TempDir
    static Path dir;

    /** A sheet written for the test into a temporary file of that name, imported. */
    private static ImportResult importText(String fileName, String text) throws Exception {
        Path f = dir.resolve(fileName);
        java.nio.file.Files.writeString(f, text);
        return SheetImporter.defaults().importFile(f);
    }

    private static Catalog read(String name) throws Exception {
        Path p = Path.of(LayoutPatternsTest.class.getResource("/corpus/patterns/" + name).toURI());
        return SheetImporter.defaults().importFile(p).catalog();
    }

    @Test
    void stackedTables_eachWithTitleAndHeader() throws Exception {
        Catalog c = read("stacked.csv");
        assertEquals("社会救助领域基层政务公开标准目录", c.title());
        assertEquals(List.of("低保政策", "低保对象", "养老机构名录"), c.entries().stream().map(Entry::name).toList());
        Entry second = c.entries().get(1);
        assertEquals(Method.ON_REQUEST, second.method());
        assertEquals(AudienceScope.SPECIFIC_GROUP, second.audience().scope());
        assertEquals("byDate", second.deadline().type());
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE), c.entries().get(2).channels().stream().map(x -> x.type()).toList());
    }

    @Test
    void fusedAudienceAndMethod_levelsText_durationInDeadlineCell() throws Exception {
        Catalog c = read("fused.csv");
        Entry a = c.entries().get(0);
        assertEquals(Method.PROACTIVE, a.method());
        assertEquals(AudienceScope.PUBLIC, a.audience().scope());
        assertEquals(List.of(Level.COUNTY, Level.TOWNSHIP), a.levels());
        assertEquals("救灾科", a.responsibility().unit());
        Entry b = c.entries().get(1);
        assertEquals(Method.ON_REQUEST, b.method());
        assertEquals(AudienceScope.SPECIFIC_GROUP, b.audience().scope());
        assertEquals(List.of(Level.TOWNSHIP, Level.VILLAGE), b.levels());
        assertEquals("fixed", b.duration().type());
    }

    @Test
    void fourItemLevels_withMergedBlanks() throws Exception {
        Catalog c = read("sixlevels.csv");
        assertEquals(List.of("财政", "预算", "部门预算"), c.entries().get(1).category());
        assertEquals("政府性基金预算", c.entries().get(1).name());
        assertEquals(List.of("财政", "决算"), c.entries().get(2).category());
        assertEquals("部门决算", c.entries().get(2).name());
    }

    /**
     * A grouped header written in one row: 公开事项-一级事项 and 公开对象（全社会） are sub-columns of their groups; a
     * bracket that says how to fill a column (公开方式（主动/依申请）, 公开范围（√）) leaves it a column of its own.
     */
    @Test
    void groupedHeaderInOneRow_andBracketsThatAreNoSubLabel() throws Exception {
        Catalog c = importText("one-row-groups-pattern.csv", "序号,公开事项-一级事项,公开事项-二级事项,公开时限,公开主体,公开对象（全社会）,公开对象（特定群体）,"
                + "公开方式（主动/依申请）,公开层级：县级,公开层级：乡级\n"
                + "1,政策文件,规范性文件,20个工作日内,县民政局,√,,主动,√,√\n"
                + "2,政策文件,政策解读,20个工作日内,县民政局,,√,依申请,,√\n").catalog();
        Entry a = c.entries().get(0);
        assertEquals(List.of("政策文件"), a.category());
        assertEquals("规范性文件", a.name());
        assertEquals(AudienceScope.PUBLIC, a.audience().scope());
        assertEquals(Method.PROACTIVE, a.method());
        assertEquals(List.of(Level.COUNTY, Level.TOWNSHIP), a.levels());
        Entry b = c.entries().get(1);
        assertEquals(AudienceScope.SPECIFIC_GROUP, b.audience().scope());
        assertEquals(Method.ON_REQUEST, b.method());
        assertEquals(List.of(Level.TOWNSHIP), b.levels());
        assertEquals(true, b.extensions().isEmpty(), "every column understood: " + b.extensions());
    }

    /** A level tick that names its level (√（县级）) is a tick; a word that is neither is dropped as such. */
    @Test
    void levelTickNamingItsLevel() throws Exception {
        ImportResult r = importText("level-tick-named-pattern.csv", "序号,公开事项,公开时限,公开主体,公开层级,\n"
                + ",,,,县级,乡级\n"
                + "1,临时救助,20个工作日内,县民政局,√（县级）,\n"
                + "2,低保名单,20个工作日内,县民政局,待定,√\n");
        assertEquals(List.of(Level.COUNTY), r.catalog().entries().get(0).levels());
        assertEquals(List.of(Level.TOWNSHIP), r.catalog().entries().get(1).levels());
        assertEquals(List.of("not a tick (√) or a level under 公开层级"), r.report().notes().stream()
                .filter(n -> "E4".equals(n.cell())).map(n -> n.reason(java.util.Locale.ENGLISH)).toList());
    }

    /** A 公开方式和渠道 column: the method named first, then the channels (or the method alone). */
    @Test
    void methodAndChannelsInOneColumn() throws Exception {
        Catalog c = importText("method-and-channels-pattern.csv", "序号,公开事项,公开时限,公开主体,公开方式和渠道\n"
                + "1,低保名单,20个工作日内,县民政局,主动公开：政府网站、公示栏\n"
                + "2,救助档案,20个工作日内,县民政局,依申请公开\n"
                + "3,办事指南,20个工作日内,县民政局,主动公开（政府网站）\n"
                + "4,服务热线,20个工作日内,县民政局,主动推送\n").catalog();
        assertEquals(java.util.Arrays.asList(Method.PROACTIVE, Method.ON_REQUEST, Method.PROACTIVE, null),
                c.entries().stream().map(Entry::method).toList());
        assertEquals(List.of(List.of(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NOTICE_BOARD), List.of(),
                        List.of(ChannelType.GOVERNMENT_WEBSITE), List.of(ChannelType.TARGETED_PUSH)),
                c.entries().stream().map(e -> e.channels().stream().map(x -> x.type()).toList()).toList());
    }

    /** Sub-header labels with a remark in brackets (特定群体（申请人）, 依申请公开（需申请）) are still the grid's labels. */
    @Test
    void subLabelsWithARemark() throws Exception {
        Catalog c = importText("sub-label-remark-pattern.csv", "序号,公开事项,公开时限,公开主体,公开对象,,公开方式,\n"
                + ",,,,全社会,特定群体（申请人）,主动公开,依申请公开（需申请）\n"
                + "1,低保名单,20个工作日内,县民政局,,√,,√\n"
                + "2,办事指南,20个工作日内,县民政局,√,,√,\n").catalog();
        assertEquals(List.of("低保名单", "办事指南"), c.entries().stream().map(Entry::name).toList());
        assertEquals(List.of(AudienceScope.SPECIFIC_GROUP, AudienceScope.PUBLIC), c.entries().stream().map(e -> e.audience().scope()).toList());
        assertEquals(List.of(Method.ON_REQUEST, Method.PROACTIVE), c.entries().stream().map(Entry::method).toList());
    }

    @Test
    void tabSeparated_withAFootnoteRow() throws Exception {
        Catalog c = importText("tsv-pattern.txt", "序号\t公开事项\t公开时限\t公开主体\t公开渠道\n"
                + "1\t低保政策\t20个工作日内\t县民政局\t政府网站;公示栏\n"
                + "注：1.本目录每年更新一次。\t\t\t\t\n").catalog();
        assertEquals(List.of("低保政策"), c.entries().stream().map(Entry::name).toList());
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NOTICE_BOARD),
                c.entries().get(0).channels().stream().map(x -> x.type()).toList());
    }

    @Test
    void subHeaderNamingElements_andLevelsWithoutSuffix() throws Exception {
        Entry e = importText("subheader-pattern.csv", "序号,公开事项,,公开时限,公开主体,公开渠道,公开层级\n"
                + ",名称,内容,,,,\n"
                + "1,低保政策,申请条件和流程,20个工作日内,县民政局,政府网站,\"县、乡\"\n").catalog().entries().get(0);
        assertEquals("低保政策", e.name());
        assertEquals("申请条件和流程", e.content().summary());
        assertEquals(List.of(Level.COUNTY, Level.TOWNSHIP), e.levels());
    }

    @Test
    void checklist_withGluedBoxMarkers() {
        ChannelCell.Result r = ChannelCell.parse("■政府网站口政府公报■两微一端口发布会/听证会 ◆公开查阅点");
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NEW_MEDIA, ChannelType.READING_ROOM),
                r.channels().stream().map(x -> x.type()).toList());
        assertEquals(List.of(), r.unknown());
        ChannelCell.Result window = ChannelCell.parse("政务服务中心窗口、政府网站");
        assertEquals(List.of(ChannelType.SERVICE_CENTER, ChannelType.GOVERNMENT_WEBSITE), window.channels().stream().map(x -> x.type()).toList());
    }

    @Test
    void traditionalCharacters_unusualColumnOrder() throws Exception {
        Catalog c = read("trad.csv");
        assertEquals("村級財務收支", c.entries().get(0).name(), "text kept as published");
        assertEquals("periodic", c.entries().get(0).deadline().type());
        assertEquals("resultDetermined", ((org.gkml.catalog.model.Deadline.Within) c.entries().get(1).deadline()).trigger().token());
        assertEquals(List.of(ChannelType.NOTICE_BOARD, ChannelType.GOVERNMENT_WEBSITE),
                c.entries().get(1).channels().stream().map(x -> x.type()).toList());
        assertEquals("村民委員會", c.entries().get(0).subjects().get(0).name());
    }

    @Test
    void headersWithTyposOrOcrDebris_areReadAndReportedAsGuessed() throws Exception {
        Path p = Path.of(LayoutPatternsTest.class.getResource("/corpus/patterns/typos.csv").toURI());
        ImportResult r = SheetImporter.defaults().importFile(p);
        Catalog c = r.catalog();
        assertEquals(2, c.entries().size());
        Entry a = c.entries().get(1);
        assertEquals("决算公开", a.name());
        assertEquals(List.of("财政"), a.category());
        assertEquals("乡镇年度决算", a.content().summary());
        assertEquals("《中华人民共和国预算法》", a.basis().get(0).text());
        assertEquals("within", a.deadline().type());
        assertEquals("某镇人民政府", a.subjects().get(0).name());
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NOTICE_BOARD), a.channels().stream().map(x -> x.type()).toList());
        assertEquals(AudienceScope.PUBLIC, a.audience().scope());
        assertEquals("财政所", a.responsibility().unit());
        List<String> guessed = r.report().notes().stream().filter(n -> n.action() == ImportAction.GUESSED).map(ImportNote::header).toList();
        assertEquals(List.of("公开内客", "公开依剧", "公幵时限", "公开主休", "公开渠到"), guessed);
        // one character from two template headers (公开时限 and 公开时长): no guess
        assertEquals(null, MappingProfile.nearRole("公开时很"));
    }

    @Test
    void channelTickGrid_underAGroupedHeader() throws Exception {
        Catalog c = read("channelgrid.csv");
        assertEquals(2, c.entries().size());
        Entry a = c.entries().get(0);
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NEW_MEDIA), a.channels().stream().map(x -> x.type()).toList());
        assertEquals(AudienceScope.PUBLIC, a.audience().scope());
        assertEquals(Method.PROACTIVE, a.method());
        Entry b = c.entries().get(1);
        assertEquals(List.of(new org.gkml.catalog.model.Channel(ChannelType.NOTICE_BOARD, null, null),
                new org.gkml.catalog.model.Channel(ChannelType.OTHER, "村务群", null)), b.channels());
        assertEquals(AudienceScope.SPECIFIC_GROUP, b.audience().scope());
        assertEquals(Method.ON_REQUEST, b.method());
    }

    @Test
    void sectionRows_giveTheFirstCategoryLevelOfTheEntriesBelow() throws Exception {
        Path p = Path.of(LayoutPatternsTest.class.getResource("/corpus/patterns/sections.csv").toURI());
        ImportResult r = SheetImporter.defaults().importFile(p);
        List<Entry> e = r.catalog().entries();
        assertEquals(List.of("机构职能", "领导信息", "规范性文件", "政策解读", "办事指南"), e.stream().map(Entry::name).toList());
        assertEquals(List.of(List.of("机构信息"), List.of("机构信息"), List.of("政策文件"), List.of("政策文件"), List.of("办事服务")),
                e.stream().map(Entry::category).toList());
        // a numbered row of 同上 cells is an entry (not a section) taking the values of the entry above
        assertEquals(e.get(2).deadline(), e.get(3).deadline());
        assertEquals(3, r.report().notes().stream().filter(n -> n.reason().startsWith("分类行") && n.reason(java.util.Locale.ENGLISH).startsWith("section row")).count());
    }

    @Test
    void yesNoMethodColumn_andRemarksKeptInExtensions() throws Exception {
        Path p = Path.of(LayoutPatternsTest.class.getResource("/corpus/patterns/flags.csv").toURI());
        ImportResult r = SheetImporter.defaults().importFile(p);
        List<Entry> e = r.catalog().entries();
        assertEquals(List.of(Method.PROACTIVE, Method.ON_REQUEST), e.stream().map(Entry::method).toList());
        assertEquals(List.of(AudienceScope.PUBLIC, AudienceScope.SPECIFIC_GROUP), e.stream().map(x -> x.audience().scope()).toList());
        // 备注 is no element of the standard: kept with the entry, and said so in the report
        assertEquals("涉及个人隐私的不公开", e.get(1).extensions().members().get("备注"));
        assertEquals(1, r.report().notes().stream().filter(n -> n.action() == ImportAction.KEPT && "备注".equals(n.header())).count());
    }

    @Test
    void audienceAndLevelsWrittenAsText() throws Exception {
        List<Entry> e = read("textvalues.csv").entries();
        assertEquals(AudienceScope.PUBLIC, e.get(4).audience().scope(), "不特定公众 is everyone, not a specific group");
        assertEquals(AudienceScope.SPECIFIC_GROUP, e.get(1).audience().scope());
        assertEquals(AudienceScope.PUBLIC, e.get(7).audience().scope(), "社会公众、特定群体: everyone");
        assertEquals(Method.PROACTIVE, e.get(8).method(), "主动公开、依申请公开: proactive");
        assertEquals(Method.ON_REQUEST, e.get(2).method());
        assertEquals(List.of(Level.COUNTY, Level.TOWNSHIP, Level.VILLAGE), e.get(4).levels(), "县乡村 written together");
        assertEquals(List.of(Level.PREFECTURAL, Level.COUNTY), e.get(6).levels());
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NEW_MEDIA, ChannelType.NOTICE_BOARD),
                e.get(6).channels().stream().map(x -> x.type()).toList());
    }

    @Test
    void headersWithAPrefix_andAFormColumnHoldingMethods() throws Exception {
        Entry a = read("prefixed.csv").entries().get(0); // 信息公开内容, 信息公开时限 …
        assertEquals("职能、内设机构", a.content().summary());
        assertEquals("within", a.deadline().type());
        assertEquals(Method.PROACTIVE, a.method());
        assertEquals(AudienceScope.PUBLIC, a.audience().scope());
        assertEquals(List.of(Level.COUNTY), a.levels());
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE), a.channels().stream().map(x -> x.type()).toList());
        Entry b = read("formcolumn.csv").entries().get(0); // 公开形式 holding 主动公开; 公开标准; 适用层级
        assertEquals(Method.PROACTIVE, b.method());
        assertEquals("职能、内设机构", b.content().summary());
        assertEquals(List.of(Level.COUNTY), b.levels());
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE), b.channels().stream().map(x -> x.type()).toList());
    }

    @Test
    void aNumberedRowWithBlankItemCells_isTheItemMergedOverIt() throws Exception {
        List<Entry> e = read("mergedname.csv").entries();
        assertEquals(List.of("机构职能", "机构职能", "领导信息"), e.stream().map(Entry::name).toList());
        assertEquals(List.of("机构信息"), e.get(1).category());
        assertEquals("内设机构", e.get(1).content().summary());
    }

    @Test
    void severalBodiesInOneSubjectCell_butNotInsideAName() throws Exception {
        List<List<String>> s = read("subjects.csv").entries().stream()
                .map(e -> e.subjects().stream().map(org.gkml.catalog.model.Organization::name).toList()).toList();
        assertEquals(List.of("县民政局", "乡镇人民政府"), s.get(0));
        assertEquals(List.of("县教育局", "乡镇中心学校"), s.get(1));
        assertEquals(List.of("住房和城乡建设部门"), s.get(2));
        assertEquals(List.of("人力资源和社会保障局"), s.get(3));
        assertEquals(List.of("县卫生健康局（疾控中心）"), s.get(6));
        assertEquals(List.of("县自然资源和规划局"), s.get(7));
    }

    @Test
    void aFooterRow_isNoEntry() throws Exception {
        Path p = Path.of(LayoutPatternsTest.class.getResource("/corpus/patterns/footer.csv").toURI());
        ImportResult r = SheetImporter.defaults().importFile(p);
        assertEquals(List.of("机构职能", "领导信息"), r.catalog().entries().stream().map(Entry::name).toList());
        assertEquals(2, r.report().notes().stream().filter(n -> n.reason().startsWith("表格下方的落款") && n.reason(java.util.Locale.ENGLISH).startsWith("a footer")).count());
    }

    @Test
    void excelUnicodeTextExport_utf16WithTabs_readsLikeTheUtf8Csv(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path utf8 = Path.of(LayoutPatternsTest.class.getResource("/corpus/patterns/channelgrid.csv").toURI());
        String tabs = java.nio.file.Files.readString(utf8).replace(',', '\t');
        for (java.nio.charset.Charset cs : List.of(java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
            Path u16 = dir.resolve("channelgrid.csv"); // the same name: the same derived codes
            byte[] bom = cs == java.nio.charset.StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] body = tabs.getBytes(cs);
            byte[] all = java.util.Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            java.nio.file.Files.write(u16, all);
            assertEquals(org.gkml.catalog.io.Formats.Format.CSV, org.gkml.catalog.io.Formats.detect(u16));
            assertEquals(SheetImporter.defaults().importFile(utf8).catalog().entries(), SheetImporter.defaults().importFile(u16).catalog().entries(), cs.name());
        }
    }

    @Test
    void twoColumnsForOneElement_bothAreKept() throws Exception {
        Entry e = read("twocolumns.csv").entries().get(0); // 公开内容 + 公开要素, 公开依据 + 法律依据
        assertEquals("机构职能情况\n职能、内设机构", e.content().summary());
        assertEquals(List.of("政府信息公开条例", "地方组织法"), e.basis().stream().map(l -> l.title()).toList());
    }

    /** 附件1 above the title (a table attached to a document), a numbered channel list on lines, a footer. */
    @Test
    void attachmentLabelAboveTheTitle_isNotTheTitle() throws Exception {
        Catalog c = read("attachment-title.csv");
        assertEquals("XX镇政务公开事项标准目录", c.title());
        assertEquals(List.of("法规文件", "规范性文件", "办事指南", "检查结果"), c.entries().stream().map(Entry::name).toList());
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NEW_MEDIA, ChannelType.NOTICE_BOARD),
                c.entries().get(0).channels().stream().map(x -> x.type()).toList());
        assertEquals(List.of(org.gkml.catalog.model.Level.TOWNSHIP), c.entries().get(0).levels());
        assertEquals("latestValid", c.entries().get(2).duration().type());
    }

    /** Tick columns headed by their own values in one header row (全社会 | 特定群体 | 主动公开 | … | 县级 | 乡级 | 村级). */
    @Test
    void tickColumnsWithoutAGroupHeader() throws Exception {
        Catalog c = read("flat-tick-headers.csv");
        Entry e = c.entries().get(1);
        assertEquals(Method.PROACTIVE, e.method());
        assertEquals(AudienceScope.PUBLIC, e.audience().scope());
        assertEquals(List.of(org.gkml.catalog.model.Level.COUNTY, org.gkml.catalog.model.Level.TOWNSHIP,
                org.gkml.catalog.model.Level.VILLAGE), e.levels());
        assertEquals(List.of(org.gkml.catalog.model.Level.COUNTY), c.entries().get(0).levels());
        assertEquals(true, c.entries().stream().allMatch(x -> x.extensions().members().isEmpty()), "no tick column left in extensions");
    }

    /** 主动公开（政府网站、公示栏）: the method, with its channels in brackets — the channels are read, not lost. */
    @Test
    void methodCellNamingChannelsInBrackets() throws Exception {
        Catalog c = read("method-with-channels.csv");
        assertEquals(List.of(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NOTICE_BOARD),
                c.entries().get(1).channels().stream().map(x -> x.type()).toList());
        assertEquals(Method.PROACTIVE, c.entries().get(1).method());
        assertEquals(Method.ON_REQUEST, c.entries().get(2).method());
    }

    /** Item cells numbered in every outline style (一、 （一） 1. 2、 ① 三.) or bulleted (★): names without the marks. */
    @Test
    void numberedAndBulletedItemCells() throws Exception {
        Catalog c = read("numbered-items.csv");
        assertEquals(List.of("机构职能", "领导信息", "招生政策", "招生计划", "划片范围", "收费标准"),
                c.entries().stream().map(Entry::name).toList());
        assertEquals(List.of(List.of("机构信息"), List.of("机构信息"), List.of("招生信息"), List.of("招生信息"), List.of("招生信息"),
                List.of("财务信息")), c.entries().stream().map(Entry::category).toList());
    }

    /** Excel's CSV export writes ="0001" to keep leading zeros: the text inside is the value. */
    @Test
    void excelTextFormulasInCsv() throws Exception {
        Catalog c = read("excel-text-formulas.csv");
        assertEquals("0001", c.entries().get(0).code());
        assertEquals("机构职能", c.entries().get(0).name());
    }

    /**
     * A second header row with one sub-label the template does not have (不予公开 beside 主动公开 | 依申请公开): still
     * the sub-header, the other tick columns are read, and the unknown one is reported, not taken for an entry.
     */
    @Test
    void subHeaderWithOneUnknownLabel() throws Exception {
        Path p = Path.of(LayoutPatternsTest.class.getResource("/corpus/patterns/unknown-sub-column.csv").toURI());
        ImportResult r = SheetImporter.defaults().importFile(p);
        Catalog c = r.catalog();
        assertEquals(List.of("机构职能", "个人信息", "村务公开"), c.entries().stream().map(Entry::name).toList());
        assertEquals(Method.PROACTIVE, c.entries().get(0).method());
        assertEquals(AudienceScope.SPECIFIC_GROUP, c.entries().get(2).audience().scope());
        assertEquals(List.of(org.gkml.catalog.model.Level.VILLAGE), c.entries().get(2).levels());
        assertEquals(true, r.report().notes().stream().anyMatch(n -> "K2".equals(n.cell()) && n.action() == ImportAction.DROPPED),
                "the unknown sub-column is reported at its cell");
    }

    /** Section rows at two outline levels (一、政务信息 › （一）机构信息) give a two-level category path. */
    @Test
    void nestedSectionRows() throws Exception {
        Catalog c = read("nested-sections.csv");
        assertEquals(List.of(List.of("政务信息", "机构信息"), List.of("政务信息", "机构信息"), List.of("政务信息", "政策文件"),
                List.of("服务信息")), c.entries().stream().map(Entry::category).toList());
        assertEquals(List.of("机构职能", "领导信息", "规范性文件", "办事指南"), c.entries().stream().map(Entry::name).toList());
    }

    /** 公开主体 cells listing bodies with commas, 、, 及 or spaces: one subject per body. */
    @Test
    void subjectCellsListingSeveralBodies() throws Exception {
        Catalog c = read("subject-lists.csv");
        assertEquals(List.of(List.of("县财政局", "各乡镇人民政府"), List.of("县财政局（牵头）", "各预算单位（配合）"), List.of("县财政局", "相关部门"),
                List.of("县农业农村局", "县财政局"), List.of("各学校")),
                c.entries().stream().map(e -> e.subjects().stream().map(org.gkml.catalog.model.Organization::name).toList()).toList());
    }

    /** 责任科室 cells that also name a person and a telephone: unit, person and contact apart. */
    @Test
    void responsibilityCellsWithPersonAndTelephone() throws Exception {
        Catalog c = read("responsibility-contacts.csv");
        assertEquals(new org.gkml.catalog.model.Responsibility("预算股", "张三", "0635-1234567"), c.entries().get(0).responsibility());
        assertEquals(new org.gkml.catalog.model.Responsibility("办公室", "李四", "13800000000"), c.entries().get(1).responsibility());
        assertEquals(new org.gkml.catalog.model.Responsibility("采购办", null, null), c.entries().get(2).responsibility());
    }

    /** Audience and method told in one wording: 面向社会主动公开, 主动公开（全社会）, 依申请（特定对象）. */
    @Test
    void fusedAudienceAndMethodWordings() {
        assertEquals(java.util.Optional.of(AudienceScope.PUBLIC), CellValues.audienceText("面向社会主动公开"));
        assertEquals(java.util.Optional.of(Method.PROACTIVE), CellValues.methodText("面向社会主动公开"));
        assertEquals(java.util.Optional.of(AudienceScope.PUBLIC), CellValues.audienceText("主动公开（全社会）"));
        assertEquals(java.util.Optional.of(AudienceScope.SPECIFIC_GROUP), CellValues.audienceText("依申请（特定对象）"));
        assertEquals(java.util.Optional.of(Method.ON_REQUEST), CellValues.methodText("依申请（特定对象）"));
    }

    /** 无, /, — and 暂无 say there is none: no basis, deadline, duration, channel or unit, and nothing inherited. */
    @Test
    void cellsSayingThereIsNone() throws Exception {
        Catalog c = read("none-markers.csv");
        assertEquals(List.of(0, 0, 0), c.entries().stream().map(e -> e.basis().size()).toList());
        assertEquals(null, c.entries().get(0).duration());
        assertEquals(null, c.entries().get(0).responsibility());
        assertEquals(null, c.entries().get(1).deadline(), "— is no deadline, and nothing is taken from the row above");
        assertEquals(List.of(), c.entries().get(1).channels(), "无 is no channel, and nothing is taken from the row above");
        assertEquals("permanent", c.entries().get(1).duration().type());
    }

    /** 公开时限（工作日） over 20, 公开时长（月） over 6: bare numbers take their unit from the header. */
    @Test
    void bareNumbersTakeTheirUnitFromTheHeader() throws Exception {
        Catalog c = read("header-units.csv");
        org.gkml.catalog.model.Deadline.Within d = (org.gkml.catalog.model.Deadline.Within) c.entries().get(0).deadline();
        assertEquals(20, d.amount());
        assertEquals(org.gkml.catalog.model.TimeUnit.WORKING_DAY, d.unit());
        org.gkml.catalog.model.Duration.Fixed f = (org.gkml.catalog.model.Duration.Fixed) c.entries().get(0).duration();
        assertEquals(6, f.amount());
        assertEquals(org.gkml.catalog.model.TimeUnit.MONTH, f.unit());
        assertEquals(15, ((org.gkml.catalog.model.Deadline.Within) c.entries().get(1).deadline()).amount());
    }

    /** Level columns named with their variants in brackets (县（市、区）, 乡（镇、街道）, 村（社区）), and 县、乡两级. */
    @Test
    void levelNamesWithBracketedVariants() throws Exception {
        Catalog c = read("level-variants.csv");
        assertEquals(List.of(List.of(Level.COUNTY, Level.TOWNSHIP), List.of(Level.VILLAGE), List.of(Level.COUNTY, Level.TOWNSHIP)),
                c.entries().stream().map(Entry::levels).toList());
        assertEquals(java.util.Set.of(Level.PREFECTURAL, Level.COUNTY, Level.TOWNSHIP), CellValues.levelsText("市、县、乡三级"));
        assertEquals(java.util.Set.of(Level.VILLAGE), CellValues.levelsText("村（居）委会"));
        assertEquals(java.util.Set.of(Level.TOWNSHIP, Level.VILLAGE), CellValues.levelsText("乡镇、村居"));
    }

    /** 公开对象 cells naming a particular group (低保对象, 本村村民): a specific group with that description. */
    @Test
    void audienceCellsNamingAGroup() throws Exception {
        Catalog c = read("audience-groups.csv");
        assertEquals(new org.gkml.catalog.model.Audience(AudienceScope.SPECIFIC_GROUP, "低保对象"), c.entries().get(0).audience());
        assertEquals(new org.gkml.catalog.model.Audience(AudienceScope.SPECIFIC_GROUP, "本村村民"), c.entries().get(1).audience());
        assertEquals(AudienceScope.PUBLIC, c.entries().get(2).audience().scope());
        assertEquals(null, c.entries().get(3).audience(), "a text naming no one is not guessed");
        assertEquals(new org.gkml.catalog.model.Audience(AudienceScope.SPECIFIC_GROUP, "信访人"), c.entries().get(4).audience());
    }

    /** 二级事项 "/" or "——": no item at that level, the level above names the entry. */
    @Test
    void itemLevelSayingThereIsNone() throws Exception {
        Catalog c = read("none-item-levels.csv");
        assertEquals(List.of("机构职能", "政策文件", "财政信息"), c.entries().stream().map(Entry::name).toList());
        assertEquals(List.of(List.of("机构信息"), List.of(), List.of()), c.entries().stream().map(Entry::category).toList());
    }

    /** Sub-headers saying how to fill them (全社会（√）, 依申请（√）): still the tick grid's labels, not a data row. */
    @Test
    void subHeadersWithATickLegend() throws Exception {
        Catalog c = read("tick-legends.csv");
        assertEquals(List.of("部门预算", "部门决算", "低保对象"), c.entries().stream().map(Entry::name).toList());
        assertEquals(List.of(AudienceScope.PUBLIC, AudienceScope.PUBLIC, AudienceScope.SPECIFIC_GROUP),
                c.entries().stream().map(e -> e.audience().scope()).toList());
        assertEquals(List.of(Method.PROACTIVE, Method.PROACTIVE, Method.ON_REQUEST), c.entries().stream().map(Entry::method).toList());
        assertEquals(List.of(List.of(Level.TOWNSHIP), List.of(Level.TOWNSHIP), List.of(Level.COUNTY, Level.TOWNSHIP)),
                c.entries().stream().map(Entry::levels).toList());
        assertEquals("全社会", MappingProfile.key("全社会（打√）"));
        assertEquals("县级", MappingProfile.key("县级(勾选)"));
    }

    /** One group header over two tick grids (公开对象及方式 → 社会公众 | 特定对象 | 主动公开 | 依申请公开): each label says its grid. */
    @Test
    void oneGroupHeaderOverTheAudienceAndMethodGrids() throws Exception {
        Catalog c = read("audience-and-method-group.csv");
        assertEquals(List.of(AudienceScope.PUBLIC, AudienceScope.SPECIFIC_GROUP), c.entries().stream().map(e -> e.audience().scope()).toList());
        assertEquals(List.of(Method.PROACTIVE, Method.ON_REQUEST), c.entries().stream().map(Entry::method).toList());
        assertEquals("XX县自然资源局政务公开事项目录", c.title());
    }

    /**
     * Category rows numbered 一, 二 in 序号 with the category in its own column (一 | 政务信息 | … blank): sections,
     * not entries; a channel tick with the name in brackets (√（村务公开栏）) names the channel.
     */
    @Test
    void outlinedCategoryRows_andATickWithAName() throws Exception {
        Catalog c = read("outlined-category-rows.csv");
        assertEquals(List.of("机构职能", "规范性文件", "预算公开", "“三公”经费"), c.entries().stream().map(Entry::name).toList());
        assertEquals(List.of(List.of("政务信息"), List.of("政务信息"), List.of("财政信息"), List.of("财政信息")),
                c.entries().stream().map(Entry::category).toList());
        assertEquals(new org.gkml.catalog.model.Channel(ChannelType.OTHER, "村务公开栏", null), c.entries().get(3).channels().get(1));
    }

    /** 公开方式及范围 cells naming the audience in brackets (主动公开（全社会）): method and audience, not a channel. */
    @Test
    void methodWithTheAudienceInBrackets() throws Exception {
        Catalog c = read("method-with-audience.csv");
        assertEquals(new org.gkml.catalog.model.Audience(AudienceScope.PUBLIC, null), c.entries().get(0).audience());
        assertEquals(Method.PROACTIVE, c.entries().get(0).method());
        assertEquals(List.of(ChannelType.NOTICE_BOARD), c.entries().get(0).channels().stream().map(org.gkml.catalog.model.Channel::type).toList());
        assertEquals(List.of(Level.COUNTY, Level.TOWNSHIP, Level.VILLAGE), c.entries().get(1).levels());
    }

    /** 续表 above a repeated header, a row of dashes and （以下空白）: none of them an entry. */
    @Test
    void continuedTable_dashRows_andBlankBelowMarks() throws Exception {
        Catalog c = read("continued-table-and-dash-rows.csv");
        assertEquals(List.of("机构职能", "领导信息", "政策文件", "规划计划"), c.entries().stream().map(Entry::name).toList());
        assertEquals("XX县政务公开事项目录", c.title());
    }

    /** A row numbering the columns (1 | 2 | 3 …) under the header: not an entry. */
    @Test
    void columnNumbersUnderTheHeader() throws Exception {
        Catalog c = read("column-numbers.csv");
        assertEquals(List.of("机构职能", "领导信息"), c.entries().stream().map(Entry::name).toList());
    }

    /** Page numbers of a printed or PDF copy between the rows (第 1 页 共 2 页, - 1 -): neither sections nor entries. */
    @Test
    void pageNumbersBetweenTheRows() throws Exception {
        Catalog c = read("page-numbers.csv");
        assertEquals(List.of("机构职能", "领导信息", "政策文件"), c.entries().stream().map(Entry::name).toList());
        assertEquals(List.of(List.of(), List.of(), List.of()), c.entries().stream().map(Entry::category).toList());
    }

    /** 续表 or （接上页） between the rows of one table: the section above goes on. */
    @Test
    void continuationMarksBetweenTheRows() throws Exception {
        Catalog c = read("continuation-marks.csv");
        assertEquals(List.of(List.of("机构信息"), List.of("机构信息"), List.of("机构信息")), c.entries().stream().map(Entry::category).toList());
    }

    /** A row with only a 一级事项 (序号 and every other cell blank): a category over the rows below, not an entry. */
    @Test
    void topLevelItemAloneOnItsRow_isACategoryRow() throws Exception {
        Catalog c = read("top-level-category-rows.csv");
        assertEquals(List.of("预算", "决算", "机构职能"), c.entries().stream().map(Entry::name).toList());
        assertEquals(List.of(List.of("财政信息"), List.of("财政信息"), List.of("政务信息")), c.entries().stream().map(Entry::category).toList());
    }

    /** The body's name on its own row above the catalog's name: one title; the 填报单位 line is not part of it. */
    @Test
    void titleOnTwoRows() throws Exception {
        Catalog c = read("title-on-two-rows.csv");
        assertEquals("XX县市场监督管理局政府信息主动公开事项目录", c.title());
        assertEquals(2, c.entries().size());
    }

    /**
     * A department's catalog with three 目录 levels and no 公开主体 column: the entries name no subject, and the body
     * the title names is the catalog's publisher.
     */
    @Test
    void departmentCatalogWithoutSubjects_takesItsPublisherFromTheTitle() throws Exception {
        Catalog c = read("department-catalog-no-subject.csv");
        assertEquals("XX市交通运输局", c.publisher().name());
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                c.entries().stream().map(Entry::subjects).toList());
        assertEquals(List.of("政策法规", "政策解读"), c.entries().get(3).category());
        assertEquals(null, SheetImporter.titleBody("石羊镇义务教育领域基层政务公开标准目录"), "a domain, not a body");
    }
}

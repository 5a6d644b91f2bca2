package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeadlineParseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "信息形成或者变更之日起20个工作日内|formedOrChanged|20|workingDay",
        "信息形成或（者）变更之日起20个工作日内予以公开|formedOrChanged|20|workingDay",
        "信息形成之日起20个工作日内|formedOrChanged|20|workingDay",
        "信息产生或变更之日起20个工作日内公开|formedOrChanged|20|workingDay",
        "制定或获取信息之日起10个工作日内|formedOrChanged|10|workingDay",
        "自制作或获取该信息之日起20个工作日内公开|formedOrChanged|20|workingDay",
        "自收到申请之日起20个工作日内|requestReceived|20|workingDay",
        "分配结果确定后20个工作日内|resultDetermined|20|workingDay",
        "作出决定之日起7个工作日内|decided|7|workingDay",
        "行政许可和行政处罚决定作出后7个工作日内|decided|7|workingDay",
        "批准后20日内|approved|20|calendarDay",
        "本级人民代表大会或其常务委员会批准后20日内|approved|20|calendarDay",
        "15个工作日|formedOrChanged|15|workingDay",
        "信息形成之日起二十个工作日内|formedOrChanged|20|workingDay",
        "信息形成之日起十五个工作日内|formedOrChanged|15|workingDay",
        "信息形成之日起２０个工作日内|formedOrChanged|20|workingDay",
        "自该信 息形成 或者变 更之日起20 个工 作日内|formedOrChanged|20|workingDay",
        "信息获取(形成变更)20个工作日内|formedOrChanged|20|workingDay",
        "信息形成或者变更之日起20个工作日内予以公开;|formedOrChanged|20|workingDay",
        "批准後20天內|approved|20|calendarDay",
        "批准后3个月内|approved|3|month",
    })
    void parse_within(String text, String trigger, int amount, String unit) {
        Deadline d = Deadline.parse(text);
        Deadline.Within w = assertInstanceOf(Deadline.Within.class, d, text);
        assertEquals(trigger, w.trigger().token());
        assertEquals(amount, w.amount());
        assertEquals(unit, w.unit().token());
        assertEquals(text.strip(), w.text(), "original wording is kept");
        assertTrue(w.conditions().isEmpty(), "no conditions in " + text);
    }

    @Test
    void parse_eventTrigger_keepsWording() {
        Deadline.Within w = assertInstanceOf(Deadline.Within.class, Deadline.parse("与政策文件同步发布,时间跨度不超过5个工作日"));
        assertEquals(Trigger.EVENT, w.trigger());
        assertEquals("与政策文件同步发布", w.triggerText());
        assertEquals(5, w.amount());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "每年1月31日前|yearly|1|31|false",
        "每年一月三十一日前|yearly|1|31|false",
        "3月31日前|yearly|3|31|false",
        "6月底前|yearly|6||true",
        "每月10日前|monthly||10|false",
    })
    void parse_byDate(String text, String recurrence, Integer month, Integer day, boolean end) {
        Deadline.ByDate b = assertInstanceOf(Deadline.ByDate.class, Deadline.parse(text), text);
        assertEquals(recurrence, b.recurrence().token());
        assertEquals(month, b.month());
        assertEquals(day, b.day());
        assertEquals(end, b.endOfMonth());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "按季度|quarterly", "按季度公开|quarterly", "半年至少更新1次|semiannual", "每月公布|monthly",
        "每年公开|yearly", "每季度的首个月20日|quarterly", "每季度的首個月20日|quarterly",
        "一年两次|semiannual", "每年4次|quarterly", "每季度一次|quarterly", "每年至少2次|semiannual", "一年一次|yearly",
    })
    void parse_periodic(String text, String recurrence) {
        Deadline.Periodic p = assertInstanceOf(Deadline.Periodic.class, Deadline.parse(text), text);
        assertEquals(recurrence, p.recurrence().token());
    }

    @Test
    void parse_immediateAndPrompt() {
        assertInstanceOf(Deadline.Immediate.class, Deadline.parse("实时公开"));
        assertInstanceOf(Deadline.Immediate.class, Deadline.parse("即时"));
        assertInstanceOf(Deadline.Immediate.class, Deadline.parse("隨時公佈"));
        assertInstanceOf(Deadline.Prompt.class, Deadline.parse("及时公开"));
        assertInstanceOf(Deadline.Prompt.class, Deadline.parse("按进展情况及时公开"));
        assertInstanceOf(Deadline.SameAsAbove.class, Deadline.parse(" 同上 "));
    }

    @Test
    void parse_unknown_isUnparsedWithText() {
        Deadline d = Deadline.parse("视情况而定");
        assertInstanceOf(Deadline.Unparsed.class, d);
        assertEquals("视情况而定", d.text());
        assertInstanceOf(Deadline.Unparsed.class, Deadline.parse(""));
    }

    @Test
    void parseCell_deadlineWithDuration_givesBoth() {
        DeadlineCell c = Deadline.parseCell("信息产生、变更之日起20个工作日内公开,保持长期公开(相关政策法规另有规定的应从其规定)");
        Deadline.Within w = assertInstanceOf(Deadline.Within.class, c.deadline());
        assertEquals(20, w.amount());
        assertTrue(w.conditions().isEmpty(), "a legal proviso is not a condition");
        assertInstanceOf(Duration.Permanent.class, c.duration());
    }

    @Test
    void parseCell_numberedConditions_firstClauseWithoutPeriod_isUnparsedConditional() {
        DeadlineCell c = Deadline.parseCell("1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。");
        Deadline.Unparsed u = assertInstanceOf(Deadline.Unparsed.class, c.deadline());
        assertEquals(2, u.conditions().size());
        assertEquals("处罚决定", u.conditions().get(1).when());
        assertInstanceOf(Deadline.Within.class, u.conditions().get(1).deadline());
        assertInstanceOf(Duration.LatestValid.class, c.duration());
    }

    @Test
    void parse_secondClause_isCondition() {
        Deadline d = Deadline.parse("信息形成之日起20个工作日内;行政许可和行政处罚决定作出后7个工作日内");
        Deadline.Within w = assertInstanceOf(Deadline.Within.class, d);
        assertEquals(Trigger.FORMED_OR_CHANGED, w.trigger());
        assertEquals(1, w.conditions().size());
        Deadline.Within c = assertInstanceOf(Deadline.Within.class, w.conditions().get(0).deadline());
        assertEquals(Trigger.DECIDED, c.trigger());
        assertEquals(7, c.amount());
    }

    @Test
    void parse_parentheticalException_isCondition() {
        Deadline d = Deadline.parse("每季度的首個月20日(集體財務往來較多的,財務收支情況應每月公布一次)");
        Deadline.Periodic p = assertInstanceOf(Deadline.Periodic.class, d);
        assertEquals(Recurrence.QUARTERLY, p.recurrence());
        assertEquals(1, p.conditions().size());
        assertEquals(Recurrence.MONTHLY, ((Deadline.Periodic) p.conditions().get(0).deadline()).recurrence());
    }

    @Test
    void parse_legalProvisoSentence_isNotConditional() {
        Deadline d = Deadline.parse("信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。");
        assertInstanceOf(Deadline.Within.class, d);
        assertTrue(d.conditions().isEmpty());
    }

    @Test
    void parse_durationOnly_isUnparsedDeadlineWithDuration() {
        DeadlineCell c = Deadline.parseCell("长期公开");
        assertInstanceOf(Deadline.Unparsed.class, c.deadline());
        assertInstanceOf(Duration.Permanent.class, c.duration());
        assertNull(Deadline.parseCell("20个工作日内").duration());
    }

    @Test
    void duration_forms() {
        assertInstanceOf(Duration.LatestValid.class, Duration.parse("长期,最新有效"));
        assertInstanceOf(Duration.Permanent.class, Duration.parse("长期"));
        assertInstanceOf(Duration.Permanent.class, Duration.parse("永久"));
        assertInstanceOf(Duration.Permanent.class, Duration.parse("常年公开"));
        assertInstanceOf(Duration.Permanent.class, Deadline.parseCell("常年公开").duration());
        assertInstanceOf(Duration.Tenure.class, Duration.parse("任期内"));
        Duration.Fixed f = assertInstanceOf(Duration.Fixed.class, Duration.parse("公示7个工作日"));
        assertEquals(7, f.amount());
        assertEquals(TimeUnit.WORKING_DAY, f.unit());
        Duration.Fixed y = assertInstanceOf(Duration.Fixed.class, Duration.parse("1年"));
        assertEquals(TimeUnit.YEAR, y.unit());
        assertInstanceOf(Duration.Unparsed.class, Duration.parse("看情况"));
    }

    @Test
    void toText_roundTrips_examples() {
        List<Deadline> ds = List.of(
                Deadline.Within.of(Trigger.APPROVED, 20, TimeUnit.CALENDAR_DAY),
                Deadline.ByDate.yearly(3, 31),
                new Deadline.ByDate(Recurrence.MONTHLY, null, null, true, null, List.of()),
                new Deadline.Periodic(Recurrence.QUARTERLY, 15, TimeUnit.WORKING_DAY, null, List.of()),
                new Deadline.Within(Trigger.EVENT, "项目竣工验收", 5, TimeUnit.WORKING_DAY, null, List.of()),
                Deadline.Within.of(Trigger.FORMED_OR_CHANGED, 20, TimeUnit.WORKING_DAY).withConditions(List.of(
                        new Deadline.Condition("处罚决定", Deadline.Within.of(Trigger.DECIDED, 7, TimeUnit.WORKING_DAY)
                                .withText("作出决定之日起7个工作日内")))));
        for (Deadline d : ds) {
            String t = d.toText();
            assertEquals(d.withText(t), Deadline.parse(t), t);
        }
        assertFalse(Deadline.parse("实时公开").toText().isEmpty());
    }

    @Test
    void aMinimumPublicationPeriod_isADuration_andImmediateWordings() {
        DeadlineCell c = Deadline.parseCell("自公示之日起不少于5个工作日");
        assertEquals(new Duration.Fixed(5, TimeUnit.WORKING_DAY, "自公示之日起不少于5个工作日"), c.duration());
        assertInstanceOf(Deadline.Unparsed.class, c.deadline());
        assertInstanceOf(Deadline.Within.class, Deadline.parse("自公示之日起5个工作日内"), "a time limit from the publicity date");
        assertInstanceOf(Deadline.Immediate.class, Deadline.parse("一经产生即公开"));
    }

    @Test
    void aMonthOrQuarterOfEachYear_isADateOnceAYear() {
        Deadline.ByDate june = assertInstanceOf(Deadline.ByDate.class, Deadline.parse("每年6月"));
        assertEquals(Recurrence.YEARLY, june.recurrence());
        assertEquals(6, june.month());
        assertTrue(june.endOfMonth());
        for (String q1 : new String[] {"每年第一季度", "每年一季度", "每年第1季度"}) {
            Deadline.ByDate d = assertInstanceOf(Deadline.ByDate.class, Deadline.parse(q1), q1);
            assertEquals(3, d.month(), q1);
            assertEquals(Recurrence.YEARLY, d.recurrence(), q1);
        }
        assertInstanceOf(Deadline.Periodic.class, Deadline.parse("每季度更新"));
        assertEquals(12, assertInstanceOf(Deadline.ByDate.class, Deadline.parse("每年12月底前")).month());
    }

    @Test
    void aLabelledDurationAfterTheDeadline_isTheDuration_notACondition() {
        DeadlineCell c = Deadline.parseCell("20个工作日内；公开时长：长期");
        assertTrue(c.deadline().conditions().isEmpty(), c.deadline().toString());
        assertEquals(20, assertInstanceOf(Deadline.Within.class, c.deadline()).amount());
        assertInstanceOf(Duration.Permanent.class, c.duration());
        DeadlineCell k = Deadline.parseCell("20个工作日内；保留期限：5年");
        assertTrue(k.deadline().conditions().isEmpty(), k.deadline().toString());
        Duration.Fixed f = assertInstanceOf(Duration.Fixed.class, k.duration());
        assertEquals(5, f.amount());
        assertEquals(TimeUnit.YEAR, f.unit());
        // a condition with its own deadline stays a condition
        assertEquals(2, Deadline.parseCell("1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。").deadline().conditions().size());
    }

    @Test
    void numberedClausesOnTheirOwnLines_areConditions() {
        Deadline d = Deadline.parse("1.主动公开事项：20个工作日内\n2.依申请：15个工作日内");
        assertEquals(20, assertInstanceOf(Deadline.Within.class, d).amount());
        assertEquals(1, d.conditions().size(), d.toString());
        assertEquals("依申请", d.conditions().get(0).when());
        assertEquals(15, assertInstanceOf(Deadline.Within.class, d.conditions().get(0).deadline()).amount());
        // a line break inside one clause is not a clause end
        assertTrue(Deadline.parse("信息形成后\n20个工作日内").conditions().isEmpty());
        assertTrue(Deadline.parse("自收到申请之日起\n15个工作日内").conditions().isEmpty());
    }

    @Test
    void everyNPeriods_isARecurrenceWhereTheVocabularyHasOne_neverATimeLimitFromAnEventCalled每() {
        String[][] periodic = {{"每3个月", "QUARTERLY"}, {"每三个月更新一次", "QUARTERLY"}, {"每6个月", "SEMIANNUAL"},
            {"每隔12个月", "YEARLY"}, {"一年一次", "YEARLY"}};
        for (String[] p : periodic) {
            assertEquals(Recurrence.valueOf(p[1]), assertInstanceOf(Deadline.Periodic.class, Deadline.parse(p[0]), p[0]).recurrence(), p[0]);
        }
        for (String none : new String[] {"每两个月", "每10天", "每两年", "每2年公开一次", "三年一次", "每5个工作日"}) {
            assertInstanceOf(Deadline.Unparsed.class, Deadline.parse(none), none); // no such recurrence: a warning, not a guess
        }
    }

    @Test
    void theEndOfTheYear_isDecember_andACalendarYearIsNotAPeriodOfYears() {
        for (String t : new String[] {"年底前", "每年年底前", "于年底前完成", "2024年底前"}) {
            Deadline.ByDate d = assertInstanceOf(Deadline.ByDate.class, Deadline.parse(t), t);
            assertEquals(12, d.month(), t);
            assertTrue(d.endOfMonth(), t);
        }
        assertEquals(Recurrence.YEARLY, assertInstanceOf(Deadline.Periodic.class, Deadline.parse("2023年起每年公开")).recurrence());
        assertEquals(3, assertInstanceOf(Deadline.Within.class, Deadline.parse("3年内")).amount());
    }

    @Test
    void aDayOfTheNextMonth_isADayOfEachMonth_notATimeLimitFromAnEventCalled次月() {
        for (String t : new String[] {"次月10日前", "于次月10日前公开上月数据", "下个月10号前", "每个月10日前"}) {
            Deadline.ByDate d = assertInstanceOf(Deadline.ByDate.class, Deadline.parse(t), t);
            assertEquals(Recurrence.MONTHLY, d.recurrence(), t);
            assertEquals(10, d.day(), t);
        }
    }

    @Test
    void publicityPeriods_areDurations_andAVerbIsNotAnEvent() {
        DeadlineCell p = Deadline.parseCell("公示时间不少于7天");
        assertInstanceOf(Deadline.Unparsed.class, p.deadline());
        assertEquals(7, assertInstanceOf(Duration.Fixed.class, p.duration()).amount());
        DeadlineCell three = Deadline.parseCell("公开3年");
        assertInstanceOf(Deadline.Unparsed.class, three.deadline());
        assertEquals(TimeUnit.YEAR, assertInstanceOf(Duration.Fixed.class, three.duration()).unit());
        for (String t : new String[] {"公开20个工作日内", "应当在20个工作日内"}) {
            Deadline.Within w = assertInstanceOf(Deadline.Within.class, Deadline.parse(t), t);
            assertEquals(Trigger.FORMED_OR_CHANGED, w.trigger(), t);
            assertEquals(null, w.triggerText(), t);
        }
        assertEquals("公示结束", assertInstanceOf(Deadline.Within.class, Deadline.parse("公示结束后5个工作日内")).triggerText());
    }

    @Test
    void schoolTermsAndTimelyWordings() {
        assertEquals(Recurrence.YEARLY, assertInstanceOf(Deadline.Periodic.class, Deadline.parse("每学年")).recurrence());
        assertEquals(Recurrence.SEMIANNUAL, assertInstanceOf(Deadline.Periodic.class, Deadline.parse("每学期更新")).recurrence());
        assertInstanceOf(Deadline.Prompt.class, Deadline.parse("适时公开"));
    }

    @Test
    void afterEachPeriod_withoutEvery() {
        Deadline.Periodic q = assertInstanceOf(Deadline.Periodic.class, Deadline.parse("季后15日内"));
        assertEquals(Recurrence.QUARTERLY, q.recurrence());
        assertEquals(15, q.amount());
        Deadline.Periodic y = assertInstanceOf(Deadline.Periodic.class, Deadline.parse("年度终了后3个月内"));
        assertEquals(Recurrence.YEARLY, y.recurrence());
        assertEquals(TimeUnit.MONTH, y.unit());
        assertEquals(Recurrence.QUARTERLY, assertInstanceOf(Deadline.Periodic.class, Deadline.parse("季度结束后10个工作日内")).recurrence());
    }

    private static final String[] CLAUSES = {"实时公开", "及时公开", "信息形成或者变更之日起20个工作日内", "每季度", "每年1月底前",
        "每月10日前", "批准后20日内", "自收到申请之日起15个工作日内", "结果确定后7个工作日内", "公示7个工作日", "长期公开",
        "每半年结束后30日内", "法律法规另有规定的从其规定", "1.每年公开", "（2）按月公开", "任期内", "每年3月31日前", "年底前",
        "季后15日内", "每3个月", "动态更新", "公示时间不少于7天", "二十个工作日内", "同上", "视情况而定", "每学期"};
    private static final String[] JOINS = {";", "。", ",", "\n", "；"};
    private static final String[] HEADS = {"", "涉及重大事项:", "处罚决定：", "集体财务往来较多的:", ""};

    /** The parser of one sheet remembers clauses: whatever the order of the cells, it gives what parseCell gives. */
    @Test
    void cellParser_givesWhatParseCellGives() {
        java.util.Random rnd = new java.util.Random(20261127);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder(CLAUSES[rnd.nextInt(CLAUSES.length)]);
            for (int k = rnd.nextInt(3); k > 0; k--) {
                String next = HEADS[rnd.nextInt(HEADS.length)] + CLAUSES[rnd.nextInt(CLAUSES.length)];
                b.append(rnd.nextInt(4) == 0 ? "（" + next + "）" : JOINS[rnd.nextInt(JOINS.length)].replace("\\n", "\n") + next);
            }
            texts.add(b.toString());
        }
        java.util.function.Function<String, DeadlineCell> parser = Deadline.cellParser();
        for (int round = 0; round < 2; round++) {
            java.util.Collections.shuffle(texts, rnd);
            for (String t : texts) {
                assertEquals(Deadline.parseCell(t), parser.apply(t), t);
            }
        }
    }
}

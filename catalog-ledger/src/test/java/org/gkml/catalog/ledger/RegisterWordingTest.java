package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wordings registers use for dates, outcomes, applicants and results. */
class RegisterWordingTest {

    @ParameterizedTest
    @CsvSource({"2025-03-04", "2025/3/4", "2025年3月4日", "2025.3.4", "2025.03.04", "45720", "２０２５年３月４日", "20250304", "2025-3-4 00:00:00"})
    void dates_inEveryFormRegistersUse(String text) {
        assertEquals(LocalDate.of(2025, 3, 4), LedgerDates.parse(text), text);
    }

    @Test
    void notADate_isNull() {
        assertNull(LedgerDates.parse("2025年13月4日"));
        assertNull(LedgerDates.parse("下周"));
        assertNull(LedgerDates.parse(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "予以公开||disclosed",
        "部分公开||partlyDisclosed",
        "不予公开|属于国家秘密|withheld.stateSecret",
        "不予公开-属于国家秘密||withheld.stateSecret",
        "不予公开（1.属于国家秘密）||withheld.stateSecret",
        "|本机关不掌握相关政府信息|unavailable.notHeld",
        "无法提供|2.没有现成信息需要另行制作|unavailable.needsCreation",
        "其他处理|申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|other.noSupplement",
        "其他处理|其他|other.other",
        "不予处理|重复申请|notProcessed.repeated",
        "withheld.inquiry||withheld.inquiry"})
    void outcomes_inOneCellOrTwo(String group, String detail, String token) {
        assertEquals(token, Outcome.of(group, detail).token());
    }

    @Test
    void wordsThatNameNoRow_areNoOutcome() {
        assertNull(Outcome.of("已答复", null));
        assertNull(Outcome.of("不予公开", "我们不想公开"));
        assertNull(Outcome.of(null, null));
    }

    @Test
    void applicantsAndResults() {
        assertEquals(ApplicantType.NATURAL_PERSON, ApplicantType.of("自然人"));
        assertEquals(ApplicantType.NATURAL_PERSON, ApplicantType.of("公民"));
        assertEquals(ApplicantType.LEGAL_SERVICE_ORGANIZATION, ApplicantType.of("律师事务所"));
        assertEquals(ApplicantType.OTHER_ORGANIZATION, ApplicantType.of("其他"));
        assertEquals(DecisionResult.UPHELD, DecisionResult.of("结果维持"));
        assertEquals(DecisionResult.CORRECTED, DecisionResult.of("撤销"));
        assertEquals(DecisionResult.PENDING, DecisionResult.of("尚未审结"));
        assertEquals(Publication.Status.VALID, Publication.Status.of("现行有效"));
        assertEquals(Publication.Status.REPEALED, Publication.Status.of("已废止"));
        assertEquals(Publication.Status.EXPIRED, Publication.Status.of("已失效"));
    }

    @Test
    void extensionsAndLawsuitKinds_inTheirUsualWordings() {
        for (String yes : new String[] {"是", "是（延期20个工作日）", "延期", "已延期", "true"}) {
            assertEquals(true, Registers.Row.extended(yes), yes);
        }
        for (String no : new String[] {"否", "未延期", "不延期", "无", ""}) {
            assertEquals(false, Registers.Row.extended(no), no);
        }
        assertEquals(true, Registers.Row.afterReview("复议后起诉"));
        assertEquals(false, Registers.Row.afterReview("未经复议直接起诉"));
        assertEquals(false, Registers.Row.afterReview("直接起诉"));
    }
}

package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gkml.catalog.model.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The laws of the request periods and of the report's balance, over seeded random requests. */
class LedgerLawsTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 300).map(i -> 20_251_231L + i);
    }

    private static final WorkingDayCalendar CAL = WorkingDayCalendar.official();
    private static final Audit AUDIT = Audit.on(CAL, 3, Locale.ROOT);

    private static LocalDate day(Random r, int fromYear, int years) {
        return LocalDate.of(fromYear, 1, 1).plusDays(r.nextInt(365 * years - 60));
    }

    private static Request plain(String id, LocalDate received) {
        return new Request(id, received, ApplicantType.NATURAL_PERSON, null, false, null, null, null, null, null, null, "x");
    }

    private static int workingDaysIn(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += CAL.isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void requestPeriods_supplementRestarts_extensionAdds20_consultationExcluded(long seed) {
        Random r = new Random(seed);
        LocalDate received = day(r, 2024, 2);
        LocalDate plainDue = AUDIT.replyDueDate(plain("a", received));
        assertEquals(CAL.addWorkingDays(received, 20), plainDue, "seed " + seed);

        LocalDate back = received.plusDays(1 + r.nextInt(60));
        Request supplemented = new Request("b", received, ApplicantType.NATURAL_PERSON, new Request.Supplement(received.plusDays(1), back),
                false, null, null, null, null, null, null, "x");
        assertEquals(AUDIT.replyDueDate(plain("c", back)), AUDIT.replyDueDate(supplemented), "the clock restarts, seed " + seed);
        assertNull(AUDIT.replyDueDate(new Request("d", received, ApplicantType.NATURAL_PERSON,
                new Request.Supplement(received.plusDays(1), null), false, null, null, null, null, null, null, "x")),
                "no due date while the supplement is awaited");

        Request extended = new Request("e", received, ApplicantType.NATURAL_PERSON, null, true, null, null, null, null, null, null, "x");
        assertEquals(CAL.addWorkingDays(plainDue, 20), AUDIT.replyDueDate(extended), "an extension adds 20, seed " + seed);

        LocalDate sent = received.plusDays(r.nextInt(20));
        LocalDate answered = sent.plusDays(r.nextInt(40));
        Request consulted = new Request("f", received, ApplicantType.NATURAL_PERSON, null, false, new Request.Consultation(sent, answered),
                null, null, null, null, null, "x");
        assertEquals(CAL.addWorkingDays(plainDue, workingDaysIn(sent, answered)), AUDIT.replyDueDate(consulted),
                "the consultation's working days are not counted, seed " + seed);
        assertTrue(!AUDIT.replyDueDate(consulted).isBefore(plainDue));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyColumnOfTable3Balances_andTheTotalIsTheSumOfTheRows(long seed) {
        Random r = new Random(seed);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate received = day(r, 2023, 3);
            LocalDate replied = r.nextInt(6) == 0 ? null : received.plusDays(r.nextInt(90));
            Outcome outcome = Outcome.values()[r.nextInt(Outcome.values().length)];
            requests.add(new Request("r" + i, received, ApplicantType.values()[r.nextInt(ApplicantType.values().length)], null, false,
                    null, replied, outcome, outcome.token(), null, null, "x"));
        }
        for (int year = 2023; year <= 2025; year++) {
            AnnualReport report = AnnualReport.of(year, "某局", List.of(), requests, AnnualReport.Figures.NONE);
            assertTrue(report.balanced(), "seed " + seed + " year " + year + ": " + report.unbalancedColumns());
            int[] total = report.requestRows().get("total");
            for (int c = 0; c < total.length; c++) {
                int sum = 0;
                for (Outcome o : Outcome.values()) {
                    sum += report.requestRows().get(o.token())[c];
                }
                assertEquals(total[c], sum, "seed " + seed);
            }
        }
    }
}

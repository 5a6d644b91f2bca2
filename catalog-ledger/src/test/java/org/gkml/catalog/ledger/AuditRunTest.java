package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.sheet.ImportNote;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit fed record by record ({@link Audit.Run}) decides as the audit of whole lists. */
class AuditRunTest {

    private static final Audit AUDIT = Audit.on(WorkingDayCalendar.official().withProvisionalYears(), 3, Locale.ROOT);

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 200).map(i -> 91_000L + i);
    }

    /** The dev registers with random records added: some interpret the dev documents, some reuse index numbers. */
    private static List<Object> records(long seed) throws Exception {
        Random r = new Random(seed);
        List<Publication> pubs = new ArrayList<>(Registers.read(LedgerDevSetTest.DIR.resolve("publications.csv")).publications());
        List<Request> reqs = new ArrayList<>(Registers.read(LedgerDevSetTest.DIR.resolve("requests.csv")).requests());
        Registers.Register extra = RegisterJsonTest.random(seed);
        for (Publication p : extra.publications()) {
            Publication like = pubs.get(r.nextInt(pubs.size()));
            String interprets = r.nextBoolean() ? like.indexNumber() : r.nextBoolean() ? like.docNumber() : p.interprets();
            String index = r.nextInt(4) == 0 ? like.indexNumber() : p.indexNumber();
            pubs.add(r.nextInt(pubs.size() + 1), new Publication(index, p.title(), p.docNumber(), p.kind(), r.nextBoolean() ? like.item() : p.item(),
                    p.publisher(), p.formed(), p.published(), p.channels(), p.validity(), interprets, p.source()));
        }
        reqs.addAll(extra.requests());
        return List.of(pubs, reqs);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @SuppressWarnings("unchecked")
    void recordsFedOneByOne_interleavedAnyHow_giveTheListAudit(long seed) throws Exception {
        Catalog catalog = Catalogs.read(LedgerDevSetTest.DIR.resolve("catalog.json"));
        List<Object> rec = records(seed);
        List<Publication> pubs = (List<Publication>) rec.get(0);
        List<Request> reqs = (List<Request>) rec.get(1);
        LocalDate asOf = LocalDate.of(2026, 12, 1).plusDays(new Random(seed).nextInt(120));
        Audit.Result whole = AUDIT.audit(catalog, pubs, reqs, asOf);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        Audit.Run run = AUDIT.start(catalog, asOf);
        int p = 0;
        int q = 0;
        while (p < pubs.size() || q < reqs.size()) { // publications in their order, requests anywhere between them
            if (q == reqs.size() || p < pubs.size() && r.nextBoolean()) {
                run.publication(pubs.get(p++));
            } else {
                run.request(reqs.get(q++));
            }
        }
        assertEquals(whole, run.finish(), "seed " + seed);
        // PUB-005 against a plain reading of the rule: each normative document, its first interpretation by any later record
        WorkingDayCalendar cal = WorkingDayCalendar.official().withProvisionalYears();
        java.util.Set<String> late = new java.util.TreeSet<>();
        for (Publication doc : pubs) {
            if (doc.kind() != Publication.Kind.NORMATIVE_DOCUMENT || doc.published() == null) {
                continue;
            }
            LocalDate first = null;
            for (Publication i : pubs) {
                if (i.kind() == Publication.Kind.INTERPRETATION && i.interprets() != null && i.published() != null
                        && (i.interprets().equals(doc.indexNumber()) || i.interprets().equals(doc.docNumber()))
                        && (first == null || i.published().isBefore(first))) {
                    first = i.published();
                }
            }
            LocalDate due = cal.addWorkingDays(doc.published(), 3);
            if (first == null ? due.isBefore(asOf) : first.isAfter(due)) {
                late.add(doc.indexNumber() + " " + due + " " + first);
            }
        }
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (Audit.Finding f : whole.findings()) {
            if (f.rule().equals("PUB-005")) {
                found.add(f.record() + " " + f.due() + " " + f.actual());
            }
        }
        assertEquals(late, found, "seed " + seed);
    }

    @Test
    void aRegisterReadRecordByRecord_isAuditedAsTheWholeRegister() throws Exception {
        Catalog catalog = Catalogs.read(LedgerDevSetTest.DIR.resolve("catalog.json"));
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        Audit.Run run = AUDIT.start(catalog, asOf);
        List<ImportNote> notes = new ArrayList<>();
        for (String f : List.of("publications.xlsx", "requests.xlsx")) {
            Registers.each(LedgerDevSetTest.DIR.resolve(f), Registers.Sink.of(run::publication, run::request, notes::add));
        }
        Registers.Register pubs = Registers.read(LedgerDevSetTest.DIR.resolve("publications.xlsx"));
        Registers.Register reqs = Registers.read(LedgerDevSetTest.DIR.resolve("requests.xlsx"));
        assertEquals(AUDIT.audit(catalog, pubs.publications(), reqs.requests(), asOf), run.finish());
        List<ImportNote> all = new ArrayList<>(pubs.notes());
        all.addAll(reqs.notes());
        assertEquals(all, notes);
    }

    @Test
    void aFinishedRun_takesNoMoreRecords() throws Exception {
        Catalog catalog = Catalogs.read(LedgerDevSetTest.DIR.resolve("catalog.json"));
        Audit.Run run = AUDIT.start(catalog, LocalDate.of(2026, 12, 1));
        run.finish();
        Publication p = Registers.read(LedgerDevSetTest.DIR.resolve("publications.csv")).publications().get(0);
        assertThrows(IllegalStateException.class, () -> run.publication(p));
        assertThrows(IllegalStateException.class, run::finish);
    }
}

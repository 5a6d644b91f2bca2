package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gkml.catalog.conformance.JsonSchemaCheck;
import org.gkml.catalog.io.CatalogFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The registers' JSON wire form: lossless round trips, valid against schema/register.schema.json, strict reading. */
class RegisterJsonTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 100).map(i -> 77_000L + i);
    }

    private static LocalDate date(Random r) {
        return r.nextInt(5) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1000));
    }

    private static <E> E pick(Random r, E[] values) {
        return r.nextInt(6) == 0 ? null : values[r.nextInt(values.length)];
    }

    private static String text(Random r, String prefix) {
        return r.nextInt(5) == 0 ? null : prefix + r.nextInt(1000);
    }

    static Registers.Register random(long seed) {
        Random r = new Random(seed);
        List<Publication> pubs = new ArrayList<>();
        for (int i = 0; i < 1 + r.nextInt(8); i++) {
            Publication.Validity v = r.nextBoolean() ? Publication.Validity.UNKNOWN
                    : new Publication.Validity(pick(r, Publication.Status.values()), date(r), date(r), date(r), text(r, "废止文件"));
            pubs.add(new Publication(text(r, "11361131MB1F726329/2025-"), text(r, "标题"), text(r, "青民发〔2025〕"),
                    Publication.Kind.values()[r.nextInt(4)], text(r, "QLMZ-"), text(r, "某局"), date(r), date(r),
                    r.nextBoolean() ? List.of() : List.of("政府网站", "公示栏"), v, text(r, "解读"), null));
        }
        List<Request> reqs = new ArrayList<>();
        for (int i = 0; i < 1 + r.nextInt(8); i++) {
            Outcome outcome = pick(r, Outcome.values());
            reqs.add(new Request(text(r, "YSQ-"), date(r), pick(r, ApplicantType.values()),
                    r.nextBoolean() ? null : new Request.Supplement(date(r), date(r)), r.nextBoolean(),
                    r.nextBoolean() ? null : new Request.Consultation(date(r), date(r)), date(r), outcome,
                    outcome != null ? outcome.token() : text(r, "已答复"),
                    r.nextBoolean() ? null : new Request.Review(pick(r, DecisionResult.values()), date(r)),
                    r.nextBoolean() ? null : new Request.Litigation(r.nextBoolean(), pick(r, DecisionResult.values()), date(r)), null));
        }
        return new Registers.Register(pubs, reqs, List.of());
    }

    /** The records without where they were read from. */
    private static Registers.Register sourceless(Registers.Register r) {
        List<Publication> p = r.publications().stream().map(x -> new Publication(x.indexNumber(), x.title(), x.docNumber(), x.kind(),
                x.item(), x.publisher(), x.formed(), x.published(), x.channels(), x.validity(), x.interprets(), null)).toList();
        List<Request> q = r.requests().stream().map(x -> new Request(x.id(), x.received(), x.applicant(), x.supplement(), x.extended(),
                x.consultation(), x.replied(), x.outcome(), x.outcomeText(), x.review(), x.litigation(), null)).toList();
        return new Registers.Register(p, q, List.of());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readWrite_isLossless_andValidAgainstTheSchema(long seed) throws Exception {
        Registers.Register r = random(seed);
        String json = RegisterJson.toJson(r, "某局");
        assertEquals(r, sourceless(RegisterJson.read(json, "r.json")), "seed " + seed);
        assertEquals(List.of(), JsonSchemaCheck.check(JsonSchemaCheck.load("register.schema.json"), json, "r.json"), "seed " + seed);
    }

    @Test
    void theDevRegisters_throughJson_giveTheSameAuditAndReport(@TempDir Path dir) throws Exception {
        Registers.Register pubs = Registers.read(LedgerDevSetTest.DIR.resolve("publications.xlsx"));
        Registers.Register reqs = Registers.read(LedgerDevSetTest.DIR.resolve("requests.csv"));
        Path json = dir.resolve("ledger.json");
        Files.writeString(json, RegisterJson.toJson(new Registers.Register(pubs.publications(), reqs.requests(), List.of()), "青岚县民政局"));
        Registers.Register back = Registers.read(json);
        AnnualReport a = AnnualReport.of(2025, "x", pubs.publications(), reqs.requests(), AnnualReport.Figures.NONE);
        AnnualReport b = AnnualReport.of(2025, "x", back.publications(), back.requests(), AnnualReport.Figures.NONE);
        assertEquals(a.toJson(), b.toJson());
    }

    @Test
    void aMalformedRegister_isOneLocatedLine() {
        CatalogFormatException e = assertThrows(CatalogFormatException.class,
                () -> RegisterJson.read("{\"requests\": [{\"id\": \"A\", \"applicant\": \"alien\"}]}", "r.json"));
        assertEquals("/requests/0/applicant", e.location().pointer());
        assertTrue(e.getMessage().contains("unknown applicant type \"alien\"; expected one of [naturalPerson, "), e.getMessage());
        CatalogFormatException d = assertThrows(CatalogFormatException.class,
                () -> RegisterJson.read("{\"publications\": [{\"formed\": \"2025/3/4\"}]}", "r.json"));
        assertEquals("/publications/0/formed", d.location().pointer());
    }
}

package org.gkml.catalog.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogJsonTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 100).map(i -> 0xC0FFEEL * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readOfWrite_isIdentity(long seed) throws IOException {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog c = g.catalog(g.random().nextInt(30));
        for (boolean pretty : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CatalogJson.write(c, out, pretty);
            Catalog back = CatalogJson.read(new ByteArrayInputStream(out.toByteArray()), "seed-" + seed + ".json");
            assertEquals(c, back, "seed " + seed + " pretty " + pretty);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            CatalogJson.write(back, again, pretty);
            assertEquals(out.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8), "byte-stable, seed " + seed);
        }
    }

    @Test
    void streaming_readsEntriesOneByOne() throws IOException {
        Catalog c = new CatalogGenerator(7).catalog(50);
        byte[] bytes = CatalogJson.toJson(c).getBytes(StandardCharsets.UTF_8);
        try (JsonCatalogReader r = JsonCatalogReader.open(new ByteArrayInputStream(bytes), "s.json")) {
            assertEquals(c.header(), r.header());
            List<Entry> got = new ArrayList<>();
            r.entries().forEach(got::add);
            assertEquals(c.entries(), got);
            assertEquals(c.header(), r.trailer());
        }
    }

    private static CatalogFormatException fail(String json) {
        return assertThrows(CatalogFormatException.class, () -> CatalogJson.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json"));
    }

    private static final String HEAD = "{\"specVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"publisher\":{\"name\":\"p\"},\n\"entries\":[\n";

    @Test
    void wrongType_namesPointerLineAndExpectation() {
        CatalogFormatException e = fail(HEAD + "{\"code\":\"a\"},\n {\"code\":\"b\",\"levels\":\"county\"}]}");
        assertEquals("/entries/1/levels", e.location().pointer());
        assertEquals(4, e.location().line());
        assertTrue(e.getMessage().startsWith("bad.json at line 4"), e.getMessage());
        assertTrue(e.getMessage().contains("expected an array"), e.getMessage());
    }

    @Test
    void unknownToken_listsTheTokens() {
        CatalogFormatException e = fail(HEAD + "{\"code\":\"a\",\"method\":\"主动\"}]}");
        assertEquals("/entries/0/method", e.location().pointer());
        assertTrue(e.getMessage().contains("[proactive, onRequest]"), e.getMessage());
    }

    @Test
    void unknownKey_isRefusedNotDropped() {
        CatalogFormatException e = fail(HEAD + "{\"code\":\"a\",\"colour\":\"red\"}]}");
        assertEquals("/entries/0/colour", e.location().pointer());
        assertTrue(e.getMessage().contains("extensions"), e.getMessage());
    }

    @Test
    void duplicateKey_truncated_bom_invalidUtf8_trailingGarbage() {
        assertTrue(fail("{\"id\":\"a\",\"id\":\"b\"}").getMessage().contains("uplicate"));
        CatalogFormatException dup = fail(HEAD + "{\"code\":\"a\",\"code\":\"b\"}]}");
        assertTrue(dup.getMessage().contains("uplicate"), dup.getMessage());
        CatalogFormatException t = fail(HEAD + "{\"code\":\"a\"");
        assertTrue(t.getMessage().contains("bad.json at line"), t.getMessage());
        assertThrows(CatalogFormatException.class, () -> CatalogJson.read(new ByteArrayInputStream(
                ("\uFEFF" + HEAD + "]}").getBytes(StandardCharsets.UTF_8)), "bom.json"));
        byte[] bad = (HEAD + "{\"code\":\"\u00e9\"}]}").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bad.length];
        System.arraycopy(bad, 0, broken, 0, bad.length);
        for (int i = 0; i < broken.length; i++) {
            if (broken[i] == (byte) 0xC3) {
                broken[i + 1] = (byte) 0x28; // invalid continuation byte
            }
        }
        CatalogFormatException u = assertThrows(CatalogFormatException.class,
                () -> CatalogJson.read(new ByteArrayInputStream(broken), "utf.json"));
        assertTrue(u.getMessage().contains("UTF-8"), u.getMessage());
        assertTrue(fail(HEAD + "]} x").getMessage().contains("after the end"));
    }

    @Test
    void deepNesting_isRefusedQuickly() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        CatalogFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> fail(HEAD + "{\"code\":\"a\",\"extensions\":{\"x\":" + deep + "}}]}"));
        assertTrue(e.getMessage().contains("nesting"), e.getMessage());
    }

    @Test
    void hugeString_isRefused() {
        String big = "a".repeat(50 * 1024 * 1024);
        CatalogFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> fail(HEAD + "{\"code\":\"" + big + "\"}]}"));
        assertTrue(e.getMessage().contains("exceeds the limit"), e.getMessage());
    }

    @Test
    void lenient_collectsEveryProblem() throws IOException {
        String json = HEAD + "{\"code\":1,\"method\":\"x\",\"levels\":[\"county\",\"mars\"]}]}";
        List<BindingProblem> problems = new ArrayList<>();
        try (JsonCatalogReader r = JsonCatalogReader.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "l.json", problems::add)) {
            Catalog c = r.readAll();
            assertEquals(1, c.entries().size());
            assertEquals(List.of(org.gkml.catalog.model.Level.COUNTY), c.entries().get(0).levels());
        }
        assertEquals(List.of("/entries/0/code", "/entries/0/method", "/entries/0/levels/1"),
                problems.stream().map(p -> p.location().pointer()).toList());
    }

    @Test
    void missingRequiredHeaderKey_isReported() {
        CatalogFormatException e = fail("{\"specVersion\":\"1.0\",\"entries\":[]}");
        assertEquals("/id", e.location().pointer());
    }

    /**
     * An entry written as compact UTF-8 JSON and read back in place is the same entry, for seeded entries of every
     * shape, read from a longer array whose bytes past the entry are not its own.
     */
    @Test
    void entryUtf8_roundTrips_readInPlace() throws Exception {
        Catalog c = new CatalogGenerator(91).catalog(2_000);
        for (Entry e : c.entries()) {
            byte[] json = CatalogJson.entryToUtf8(e);
            byte[] longer = java.util.Arrays.copyOf(json, json.length + 7);
            java.util.Arrays.fill(longer, json.length, longer.length, (byte) '}');
            assertEquals(e, CatalogJson.entryFromUtf8(longer, json.length), e.code());
        }
        assertThrows(CatalogFormatException.class, () -> CatalogJson.entryFromUtf8(new byte[0], 0));
    }
}

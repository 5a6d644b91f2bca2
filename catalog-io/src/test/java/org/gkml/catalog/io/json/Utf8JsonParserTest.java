package org.gkml.catalog.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte-level JSON parser against Parsson, the reference: the same events, strings, numbers and locations on
 * generated catalogs (compact and pretty) and on random JSON with every escape, character length and number form,
 * read through buffers small enough that every token straddles a refill; the same refusals on broken documents.
 */
class Utf8JsonParserTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 120).map(i -> 7100L + i);
    }

    private static final String[] STRINGS = {"", "a", "code", "公开事项", "é", "😀", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b\\f\\r",
            "\\u0041", "\\u516c", "\\ud83d\\ude00", "x y", "东阿县人民政府 ■政府网站", "a".repeat(40), "长".repeat(30)};
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "3.25", "1e3", "1E-2", "-0.5e+10", "123456789012345678901234567890", "2.50"};

    static String randomJson(Random r, int depth) {
        int k = r.nextInt(depth > 5 ? 4 : 7);
        String ws = r.nextInt(4) == 0 ? "\n  " : r.nextBoolean() ? " " : "";
        switch (k) {
            case 0: return "\"" + STRINGS[r.nextInt(STRINGS.length)] + "\"";
            case 1: return NUMBERS[r.nextInt(NUMBERS.length)];
            case 2: return new String[] {"true", "false", "null"}[r.nextInt(3)];
            case 3: return "\"" + STRINGS[r.nextInt(STRINGS.length)] + STRINGS[r.nextInt(STRINGS.length)] + "\"";
            case 4:
            case 5: {
                StringBuilder b = new StringBuilder("{" + ws);
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," + ws : "").append("\"k").append(i).append(STRINGS[r.nextInt(STRINGS.length)]).append("\"")
                            .append(r.nextBoolean() ? ":" : " : ").append(randomJson(r, depth + 1));
                }
                return b.append(ws).append("}").toString();
            }
            default: {
                StringBuilder b = new StringBuilder("[" + ws);
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," + ws : "").append(randomJson(r, depth + 1));
                }
                return b.append(ws).append("]").toString();
            }
        }
    }

    /** Event, its text (key, string or number), and the location after it. */
    static List<String> events(JsonParser p) {
        List<String> out = new ArrayList<>();
        while (p.hasNext()) {
            JsonParser.Event e = p.next();
            String text = e == JsonParser.Event.KEY_NAME || e == JsonParser.Event.VALUE_STRING || e == JsonParser.Event.VALUE_NUMBER
                    ? p.getString() : "";
            if (e == JsonParser.Event.VALUE_NUMBER) {
                text += " " + p.isIntegralNumber() + " " + p.getBigDecimal();
            }
            JsonLocation l = p.getLocation();
            out.add(e + " " + text + " @" + l.getLineNumber() + ":" + l.getColumnNumber() + "/" + l.getStreamOffset());
        }
        return out;
    }

    static List<String> parsson(String doc) {
        return events(Json.createParser(new StringReader(doc)));
    }

    static List<String> ours(String doc, int buffer) {
        return events(new Utf8JsonParser(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), buffer));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomJson_sameEventsAndLocationsAsParsson(long seed) {
        String doc = randomJson(new Random(seed), 0);
        List<String> expected = parsson(doc);
        for (int buffer : new int[] {8, 13, 64, 1 << 16}) {
            assertEquals(expected, ours(doc, buffer), "seed " + seed + " buffer " + buffer + ": " + doc);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void generatedCatalogs_sameEventsAndLocationsAsParsson(long seed) throws Exception {
        for (boolean pretty : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CatalogJson.write(new CatalogGenerator(seed).catalog(30), out, pretty);
            String doc = out.toString(StandardCharsets.UTF_8);
            assertEquals(parsson(doc), ours(doc, 1 << 16), "seed " + seed + " pretty " + pretty);
            assertEquals(parsson(doc), ours(doc, 11), "seed " + seed + " pretty " + pretty + ", small buffer");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,}", "{\"a\" 1}", "[1 2]", "{\"a\":tru}", "{\"a\":\"x", "[01]", "{\"a\":1}x", "[\"\u0001\"]",
        "[-]", "[1.]", "[.5]", "[\"\\x\"]", "[\"\\u12g4\"]", "", "   ", "[", "{", "{\"a\"", "{\"a\":", "[1,]", "[,1]", "{,}",
        "{\"a\":1 \"b\":2}", "[1e]", "[+1]", "{1:2}", "[nul]", "[True]", "]", "[1]]"})
    void refusedLikeParsson(String doc) {
        assertThrows(RuntimeException.class, () -> parsson(doc), "Parsson refuses " + doc);
        for (int buffer : new int[] {8, 1 << 16}) {
            assertThrows(JsonParsingException.class, () -> ours(doc, buffer), doc);
        }
    }

    @Test
    void errorLocation_isTheOffendingCharacter_likeParsson() {
        for (String doc : new String[] {"{\"a\":1,}", "[1 2]", "{\"a\":1}x", "{\n  \"公开\": [1,\n  ]}"}) {
            JsonParsingException theirs = assertThrows(JsonParsingException.class, () -> parsson(doc));
            JsonParsingException mine = assertThrows(JsonParsingException.class, () -> ours(doc, 8));
            assertEquals(theirs.getLocation().getLineNumber(), mine.getLocation().getLineNumber(), doc);
            assertEquals(theirs.getLocation().getColumnNumber(), mine.getLocation().getColumnNumber(), doc);
        }
    }

    @Test
    void multiByteText_realReplacementCharacters_andLocationsAfterThem_likeParsson() {
        String[] docs = {"{\"公开\":\"事项😀\uFFFD内容\",\"b\":[\"\uFFFD\",\"é\"]}", "[\"政务公开\",\"𠀀公\\n开\"]"};
        for (String doc : docs) {
            for (int buffer : new int[] {8, 1 << 16}) {
                assertEquals(parsson(doc), ours(doc, buffer), doc + " buffer " + buffer);
            }
        }
        for (String doc : new String[] {"{\"公开\":\"事项😀内容\" x}", "[\"\uFFFD公开\",]"}) {
            JsonParsingException theirs = assertThrows(JsonParsingException.class, () -> parsson(doc));
            for (int buffer : new int[] {8, 1 << 16}) {
                JsonParsingException mine = assertThrows(JsonParsingException.class, () -> ours(doc, buffer));
                assertEquals(theirs.getLocation().getColumnNumber(), mine.getLocation().getColumnNumber(), doc + " buffer " + buffer);
            }
        }
        // a malformed sequence among well-formed Chinese text, wholly in the buffer (the fast path)
        byte[] ok = "[\"公开事项".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(ok, ok.length + 4);
        bad[ok.length] = (byte) 0xE5; // the first byte of a three-byte character, cut short
        bad[ok.length + 1] = 'x';
        bad[ok.length + 2] = '"';
        bad[ok.length + 3] = ']';
        JsonParsingException u = assertThrows(JsonParsingException.class, () -> events(new Utf8JsonParser(new ByteArrayInputStream(bad))));
        assertTrue(u.getCause() instanceof java.nio.charset.CharacterCodingException, String.valueOf(u.getCause()));
    }

    @Test
    void manyDistinctKeys_longKeys_andEscapedKeys_likeParsson() {
        StringBuilder doc = new StringBuilder("[");
        for (int i = 0; i < 3000; i++) { // more keys than the key cache holds: slots are reused
            doc.append(i == 0 ? "" : ",").append("{\"k").append(i % 1500).append("\":").append(i)
                    .append(",\"").append("x".repeat(60 + i % 10)).append("\":1,\"a\\u0062\":2,\"公开").append(i % 7).append("\":3}");
        }
        doc.append("]");
        for (int buffer : new int[] {16, 1 << 16}) {
            assertEquals(parsson(doc.toString()), ours(doc.toString(), buffer), "buffer " + buffer);
        }
    }

    @Test
    void invalidUtf8_nesting_andHugeStrings_areRefusedWithTheirReason() {
        byte[] bad = {'[', '"', (byte) 0xC3, '(', '"', ']'};
        JsonParsingException u = assertThrows(JsonParsingException.class,
                () -> events(new Utf8JsonParser(new ByteArrayInputStream(bad))));
        assertTrue(u.getCause() instanceof java.nio.charset.CharacterCodingException, String.valueOf(u.getCause()));
        byte[] surrogate = {'[', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ']'}; // an encoded surrogate
        assertThrows(JsonParsingException.class, () -> events(new Utf8JsonParser(new ByteArrayInputStream(surrogate))));
        String deep = "[".repeat(JsonCatalogReader.MAX_DEPTH + 1);
        JsonParsingException d = assertThrows(JsonParsingException.class, () -> ours(deep, 64));
        assertTrue(d.getMessage().contains("depth"), d.getMessage());
        String huge = "[\"" + "公".repeat(JsonCatalogReader.MAX_STRING * 3) + "\"]";
        JsonParsingException h = assertThrows(JsonParsingException.class, () -> ours(huge, 1 << 16));
        assertTrue(h.getMessage().contains("exceeds the limit"), h.getMessage());
    }

    @Test
    void trees_skips_andDuplicateKeys() {
        String doc = "{\"a\":{\"x\":[1,{\"y\":null}],\"z\":\"公\"},\"b\":[true,[2]],\"c\":3}";
        JsonParser p = new Utf8JsonParser(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), 8);
        p.next();
        p.next();
        p.next();
        assertEquals(Json.createReader(new StringReader(doc)).readObject().get("a"), p.getObject());
        p.next();
        p.next();
        p.skipArray();
        assertEquals(JsonParser.Event.END_ARRAY, p.currentEvent());
        assertEquals(JsonParser.Event.KEY_NAME, p.next());
        assertEquals("c", p.getString());
        JsonParser q = new Utf8JsonParser(new ByteArrayInputStream("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        q.next();
        JsonParsingException e = assertThrows(JsonParsingException.class, q::getObject);
        assertTrue(e.getMessage().contains("Duplicate"), e.getMessage());
    }
}

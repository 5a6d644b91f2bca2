package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Organization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development corpus (real published tables, and the first 26 also as GB18030 CSV, XLSX, XLS, a saved web page
 * and a Word document) imported and compared field by field with what a careful reader gets out of each
 * (corpus/dev/expected). One parameterized case per file.
 */
class DevCorpusTest {

    static Path dir() throws URISyntaxException {
        return Path.of(DevCorpusTest.class.getResource("/corpus/dev/INDEX.md").toURI()).getParent();
    }

    static Stream<Path> tables() throws IOException, URISyntaxException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir())) {
            s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.list(dir().resolve("variants"))) {
            s.filter(p -> p.toString().matches(".*(-gbk\\.csv|\\.xlsx|\\.xls|\\.html|\\.docx)")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    private static String norm(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void imports_asACarefulReaderWould(Path csv) throws Exception {
        String nn = csv.getFileName().toString().substring(0, 2);
        JsonObject expected;
        try (InputStream in = Files.newInputStream(dir().resolve("expected").resolve(nn + ".json"));
             JsonReader r = Json.createReader(in)) {
            expected = r.readObject();
        }
        ImportResult result = SheetImporter.defaults().importFile(csv);
        List<Entry> got = result.catalog().entries();
        List<JsonValue> want = expected.getJsonArray("entries");
        assertEquals(want.size(), got.size(), "entry count of " + csv.getFileName());
        for (int i = 0; i < want.size(); i++) {
            JsonObject w = want.get(i).asJsonObject();
            Entry e = got.get(i);
            String at = csv.getFileName() + " entry " + i + " ";
            for (Map.Entry<String, JsonValue> f : w.entrySet()) {
                switch (f.getKey()) {
                    case "category":
                        assertEquals(strings(f.getValue()).stream().map(DevCorpusTest::norm).toList(),
                                e.category().stream().map(DevCorpusTest::norm).toList(), at + "category");
                        break;
                    case "name":
                        assertEquals(norm(((JsonString) f.getValue()).getString()), norm(e.name()), at + "name");
                        break;
                    case "deadline":
                        deadline(f.getValue().asJsonObject(), e.deadline(), at);
                        break;
                    case "duration":
                        assertEquals(f.getValue().asJsonObject().getString("type"), e.duration() == null ? null : e.duration().type(), at + "duration");
                        break;
                    case "channels":
                        assertEquals(new TreeSet<>(strings(f.getValue())),
                                new TreeSet<>(e.channels().stream().map(Channel::type).map(t -> t.token()).toList()), at + "channels");
                        break;
                    case "levels":
                        assertEquals(new TreeSet<>(strings(f.getValue())),
                                new TreeSet<>(e.levels().stream().map(Level::token).toList()), at + "levels");
                        break;
                    case "subjects":
                        assertEquals(new TreeSet<>(strings(f.getValue()).stream().map(DevCorpusTest::norm).toList()),
                                new TreeSet<>(e.subjects().stream().map(Organization::name).map(DevCorpusTest::norm).toList()), at + "subjects");
                        break;
                    case "method":
                        assertEquals(((JsonString) f.getValue()).getString(), e.method() == null ? null : e.method().token(), at + "method");
                        break;
                    case "audience":
                        assertEquals(((JsonString) f.getValue()).getString(),
                                e.audience() == null || e.audience().scope() == null ? null : e.audience().scope().token(), at + "audience");
                        break;
                    case "responsibility":
                        assertEquals(norm(((JsonString) f.getValue()).getString()),
                                e.responsibility() == null ? null : norm(e.responsibility().unit()), at + "responsibility");
                        break;
                    default:
                        throw new AssertionError("unexpected label key " + f.getKey());
                }
            }
        }
        // nothing silently dropped: every dropped cell is in the report with a cell address
        result.report().notes().stream().filter(n -> n.action() == ImportAction.DROPPED && n.text() != null)
                .forEach(n -> assertTrue(n.cell() != null, "dropped note without cell: " + n));
    }

    private static List<String> strings(JsonValue v) {
        return v.asJsonArray().stream().map(x -> ((JsonString) x).getString()).toList();
    }

    private static void deadline(JsonObject want, Deadline d, String at) {
        for (String k : want.keySet()) {
            JsonValue w = want.get(k);
            Object got;
            switch (k) {
                case "type": got = d.type(); break;
                case "conditional": got = !d.conditions().isEmpty(); break;
                case "trigger": got = d instanceof Deadline.Within x ? x.trigger().token() : null; break;
                case "amount": got = d instanceof Deadline.Within x ? x.amount() : d instanceof Deadline.Periodic p ? p.amount() : null; break;
                case "unit": got = d instanceof Deadline.Within x ? x.unit().token() : null; break;
                case "recurrence": got = d instanceof Deadline.Periodic p ? p.recurrence().token() : d instanceof Deadline.ByDate b ? b.recurrence().token() : null; break;
                default: throw new AssertionError("unexpected deadline key " + k);
            }
            Object expected;
            switch (w.getValueType()) {
                case STRING: expected = ((JsonString) w).getString(); break;
                case NUMBER: expected = ((jakarta.json.JsonNumber) w).intValue(); break;
                case TRUE: expected = true; break;
                case FALSE: expected = false; break;
                default: expected = null;
            }
            assertEquals(expected, got, at + "deadline." + k + " of \"" + d.text() + "\"");
        }
    }
}

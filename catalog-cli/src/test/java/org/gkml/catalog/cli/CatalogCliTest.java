package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCliTest {

    record Run(int code, String out, String err) {
    }

    /** Runs the tool as on a machine with neither LC_ALL nor LANG set (the language is then Chinese). */
    static Run run(String... args) {
        return runIn(name -> null, args);
    }

    /** Runs the tool with the given environment. */
    static Run runIn(java.util.function.UnaryOperator<String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CatalogCli.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final Path SAMPLE = Path.of("../examples/catalogs/county-sample.json");
    static final Path LEGACY = Path.of("../examples/catalogs/legacy-county-education.csv");

    @Test
    void help_listsCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String c : new String[] {"validate", "convert", "diff", "patch", "merge", "deadline", "rules", "schema"}) {
            assertTrue(r.out().contains(c), c + " in " + r.out());
        }
    }

    @Test
    void validate_validSample_exit0_json() {
        Run r = run("validate", SAMPLE.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"valid\": true"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void validate_errors_exit1_english(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(SAMPLE).replaceFirst("\"channels\": \\[[^\\]]*\\]", "\"channels\": []"));
        Run r = run("validate", bad.toString(), "--lang", "en");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("CH-001") && r.out().contains("has no channel"), r.out());
        Run html = run("validate", bad.toString(), "--format", "html", "--output", dir.resolve("r.html").toString());
        assertEquals(1, html.code());
        assertTrue(Files.readString(dir.resolve("r.html")).contains("CH-001"));
    }

    @Test
    void validate_missingFile_hostileXml_unknownFormat_exit2_oneLine(@TempDir Path dir) throws Exception {
        Run missing = run("validate", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.json"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        Path xxe = dir.resolve("evil.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><catalog>&x;</catalog>");
        Run x = run("validate", xxe.toString());
        assertEquals(2, x.code());
        assertTrue(x.err().contains("evil.xml"), x.err());
        assertFalse(x.out().contains("root:"), "no local file leaked");
        assertFalse(x.err().contains("\tat "), "no stack trace");
        Run fmt = run("validate", SAMPLE.toString(), "--format", "pdf");
        assertEquals(2, fmt.code());
        Run usage = run("frobnicate");
        assertEquals(2, usage.code());
    }

    @Test
    void convert_legacyCsv_withReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");
        Path report = dir.resolve("report.json");
        Run r = run("convert", LEGACY.toString(), out.toString(), "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).contains("\"name\": \"招生政策\""));
        assertTrue(Files.readString(report).contains("\"notes\""));
        Run stdout = run("convert", LEGACY.toString(), "-", "--to", "json");
        assertEquals(0, stdout.code());
        assertTrue(stdout.out().startsWith("{"));
        Run bad = run("convert", dir.resolve("missing.csv").toString(), out.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("missing.csv"));
    }

    @Test
    void convert_gb18030AndNonAsciiPath(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("目录（旧）.csv");
        Files.write(gbk, Files.readString(LEGACY, StandardCharsets.UTF_8).getBytes("GB18030"));
        Path out = dir.resolve("结果.json");
        Run r = run("convert", gbk.toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).contains("招生范围"));
    }

    @Test
    void deadline_printsStructureAndDueDate() {
        Run r = run("deadline", "信息形成或者变更之日起20个工作日内", "--from", "2025-09-26");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"type\": \"within\""));
        assertTrue(r.out().contains("\"due\": \"2025-10-30\""), r.out());
        Run provisional = run("deadline", "20个工作日内", "--from", "2026-12-10");
        assertEquals(0, provisional.code(), provisional.err());
        assertTrue(provisional.out().contains("\"due\": \"2027-01-08\"") && provisional.out().contains("\"provisional\": true"),
                "counted through 2027, which has no official notice yet: " + provisional.out());
        assertFalse(r.out().contains("provisional"), "2025 is official");
        Run beyond = run("deadline", "20个工作日内", "--from", "2050-12-20");
        assertEquals(2, beyond.code());
        assertTrue(beyond.err().contains("2051"), beyond.err());
        Run badDate = run("deadline", "20个工作日内", "--from", "yesterday");
        assertEquals(2, badDate.code());
    }

    @Test
    void diffPatchMerge(@TempDir Path dir) throws Exception {
        Path changed = dir.resolve("new.json");
        Files.writeString(changed, Files.readString(SAMPLE).replaceFirst("\"method\": \"proactive\"", "\"method\": \"onRequest\""));
        assertEquals(0, run("diff", SAMPLE.toString(), SAMPLE.toString()).code());
        Run d = run("diff", SAMPLE.toString(), changed.toString(), "--format", "json");
        assertEquals(1, d.code());
        assertTrue(d.out().contains("\"effect\": \"lessOpen\""), d.out());
        Path cs = dir.resolve("cs.json");
        Files.writeString(cs, d.out());
        Path patched = dir.resolve("patched.json");
        assertEquals(0, run("patch", SAMPLE.toString(), cs.toString(), patched.toString()).code());
        assertEquals(0, run("diff", patched.toString(), changed.toString()).code());
        Run conflict = run("patch", changed.toString(), cs.toString(), dir.resolve("x.json").toString());
        assertEquals(1, conflict.code());
        assertTrue(conflict.err().contains("/method"), conflict.err());
        Path merged = dir.resolve("merged.json");
        assertEquals(0, run("merge", SAMPLE.toString(), changed.toString(), SAMPLE.toString(), merged.toString()).code());
        assertEquals(0, run("diff", merged.toString(), changed.toString()).code());
        Run patch = run("diff", SAMPLE.toString(), changed.toString(), "--format", "patch");
        assertTrue(patch.out().contains("\"op\": \"replace\""), patch.out());
    }

    @Test
    void rulesAndSchema() {
        Run r = run("rules", "--lang", "en");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("DL-001") && r.out().contains("Art. 26"));
        Run s = run("schema", "json");
        assertEquals(0, s.code());
        assertTrue(s.out().contains("\"$schema\""));
        assertEquals(0, run("schema", "report").code());
        assertEquals(0, run("schema", "changeset").code());
        assertEquals(2, run("schema", "nope").code());
    }

    @Test
    void convert_jsonAndXml_streamEntryByEntry_withTheSameBytesAsTheWholeDocumentWriters(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("s.xml");
        assertEquals(0, run("convert", SAMPLE.toString(), xml.toString()).code());
        assertEquals(Files.readString(Path.of("../examples/catalogs/county-sample.xml")), Files.readString(xml));
        Path json = dir.resolve("back.json");
        assertEquals(0, run("convert", xml.toString(), json.toString()).code());
        assertEquals(Files.readString(SAMPLE), Files.readString(json));
        Run toStdout = run("convert", xml.toString(), "-", "--to", "json");
        assertEquals(Files.readString(SAMPLE), toStdout.out());
        // a catalog-level member after the entries cannot be streamed first: the file is converted whole instead
        Path late = dir.resolve("late.json");
        String text = Files.readString(SAMPLE);
        String domain = "  \"domain\": \"综合\",\n";
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(domain));
        Files.writeString(late, text.replace(domain, "").replaceFirst("\n}\n$", ",\n  \"domain\": \"综合\"\n}\n"));
        Path lateXml = dir.resolve("late.xml");
        assertEquals(0, run("convert", late.toString(), lateXml.toString()).code());
        assertEquals(Files.readString(Path.of("../examples/catalogs/county-sample.xml")), Files.readString(lateXml));
        // a file that breaks half-way: an error naming the place, and no output, not even a temporary one
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, text.substring(0, text.length() / 2));
        Path none = dir.resolve("none.xml");
        Run r = run("convert", broken.toString(), none.toString());
        assertEquals(2, r.code());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().matches("(?s)catalog: broken.json 第 \\d+ 行第 \\d+ 列：.+"), r.err()); // Chinese by default
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(none));
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("none.xml.tmp")));
    }

    @Test
    void validate_withBeanValidation_findsTheSame_quietly(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(SAMPLE).replaceFirst("\"name\": \"机构职能\"", "\"name\": \" \"")
                .replaceFirst("\"subjects\": \\[[^\\]]*\\]", "\"subjects\": []"));
        Run plain = run("validate", bad.toString(), "--format", "json");
        Run hv = run("validate", bad.toString(), "--format", "json", "--bean-validation");
        assertEquals(1, plain.code(), plain.err());
        assertEquals(plain.code(), hv.code());
        assertEquals(plain.out(), hv.out());
        org.junit.jupiter.api.Assertions.assertTrue(plain.out().contains("REQ-001") && plain.out().contains("REQ-005"), plain.out());
        org.junit.jupiter.api.Assertions.assertFalse(hv.err().contains("HV000001"), hv.err());
    }
}

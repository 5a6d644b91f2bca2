package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.catalog.cli.CatalogCliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's output is all or nothing, never over an input, and a refusal is one line with exit 2. */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private Path copyOfSample(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.copy(CatalogCliTest.SAMPLE, p);
        return p;
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void refused(Run r, String what) {
        assertEquals(2, r.code(), what + ": " + r.out() + r.err());
        assertEquals(1, r.err().lines().count(), what + ": one line: " + r.err());
        assertFalse(r.err().contains(".part") || r.err().contains(".tmp") || r.err().contains("null"), r.err());
    }

    @Test
    void anOutputThatIsAnInput_isRefusedBeforeAnythingIsRead() throws Exception {
        Path a = copyOfSample("a.json");
        Path b = dir.resolve("b.json");
        Files.copy(Path.of("../examples/catalogs/county-sample-2026.json"), b);
        String before = Files.readString(a);
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, a);
        refused(CatalogCliTest.run("convert", a.toString(), a.toString()), "convert onto its input");
        refused(CatalogCliTest.run("convert", a.toString(), link.toString()), "convert onto a link to its input");
        refused(CatalogCliTest.run("validate", a.toString(), "--output", a.toString()), "validate --output");
        refused(CatalogCliTest.run("diff", a.toString(), b.toString(), "--output", b.toString()), "diff --output");
        refused(CatalogCliTest.run("merge", a.toString(), a.toString(), b.toString(), b.toString()), "merge onto theirs");
        Run cs = CatalogCliTest.run("diff", a.toString(), b.toString(), "--format", "json");
        Path changes = dir.resolve("changes.json");
        Files.writeString(changes, cs.out());
        refused(CatalogCliTest.run("patch", a.toString(), changes.toString(), changes.toString()), "patch onto the change set");
        refused(CatalogCliTest.run("convert", "../examples/catalogs/legacy-county-education.csv", dir.resolve("x.json").toString(),
                "--report", dir.resolve("x.json").toString()), "the report onto the output");
        refused(CatalogCliTest.run("convert", "../examples/catalogs/legacy-county-education.csv", dir.resolve("y.json").toString(),
                "--report", "../examples/catalogs/legacy-county-education.csv"), "the report onto the input");
        assertEquals(before, Files.readString(a));
    }

    @Test
    void anOutputThatIsAFolder_orInAMissingFolder_isRefusedInOneLine() throws Exception {
        Path a = copyOfSample("a.json");
        refused(CatalogCliTest.run("convert", a.toString(), dir.toString()), "convert into a folder");
        Run missing = CatalogCliTest.run("convert", a.toString(), dir.resolve("nope/out.xml").toString());
        refused(missing, "convert into a missing folder");
        assertTrue(missing.err().contains("nope"), missing.err());
        assertEquals(List.of("a.json"), files(), "nothing written, nothing left behind");
    }

    @Test
    void aFileNamedLikeTheOldTemporaryFile_survivesAConversion() throws Exception {
        Path a = copyOfSample("a.json");
        Path tmpLike = dir.resolve("out.xml.tmp");
        Files.writeString(tmpLike, "the user's own file");
        Run r = CatalogCliTest.run("convert", a.toString(), dir.resolve("out.xml").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("the user's own file", Files.readString(tmpLike));
        assertEquals(List.of("a.json", "out.xml", "out.xml.tmp"), files());
    }

    @Test
    void anUnreadableInput_leavesTheExistingOutputAsItWas() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"specVersion\": \"1.0\", \"entries\": [ {\"code\": ");
        Path out = dir.resolve("out.xml");
        Files.writeString(out, "previous");
        Run r = CatalogCliTest.run("convert", bad.toString(), out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("previous", Files.readString(out));
        assertEquals(List.of("bad.json", "out.xml"), files());
    }
}

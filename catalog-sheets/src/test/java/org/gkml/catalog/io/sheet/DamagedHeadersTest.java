package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.gkml.catalog.model.Entry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Metamorphic tests of the content pass: the dev tables with their headers damaged as real copies damage them must
 * give the same entries as the originals. A header cell blanked (each column in turn); one character missing from
 * every header cell (an OCR copy, the character seeded per file); every header cut to two characters. The cases not
 * read like the original yet are listed in damaged-headers-known-gaps.txt, and must still differ: the list can only
 * shrink.
 */
class DamagedHeadersTest {

    /**
     * The header rows: the first row naming three elements and, when the row under it holds sub-labels, that one too;
     * and the same again wherever the header is repeated further down (a copy damages every copy of it).
     */
    static int[] headerRows(List<List<String>> rs) {
        for (int i = 0; i < rs.size(); i++) {
            if (MetamorphicImportTest.headerLike(rs.get(i), 16)) {
                boolean sub = i + 1 < rs.size() && rs.get(i + 1).stream()
                        .filter(c -> !c.isBlank() && HeaderReader.isGridLabel(MappingProfile.key(c))).count() >= 2;
                List<Integer> rows = new ArrayList<>();
                for (int k = i; k < rs.size(); k++) {
                    if (rs.get(k).equals(rs.get(i)) && (!sub || k + 1 < rs.size() && rs.get(k + 1).equals(rs.get(i + 1)))) {
                        rows.add(k);
                        if (sub) {
                            rows.add(k + 1);
                        }
                    }
                }
                return rows.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return new int[0];
    }

    static Stream<Arguments> blankEachColumn() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Path p : DevCorpusTest.tables().filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith("-gbk.csv")).toList()) {
            List<List<String>> rs = MetamorphicImportTest.rows(MetamorphicImportTest.original(p));
            int[] h = headerRows(rs);
            if (h.length == 0) {
                continue;
            }
            List<String> top = rs.get(h.length > 1 && h[1] == h[0] + 1 ? h[1] : h[0]);
            for (int c = 0; c < rs.get(h[0]).size(); c++) {
                boolean named = !rs.get(h[0]).get(c).isBlank() || c < top.size() && !top.get(c).isBlank();
                if (named) {
                    out.add(Arguments.of(p.getFileName().toString(), c));
                }
            }
        }
        return out.stream();
    }

    private static List<Entry> entries(Path file, List<List<String>> rows, Path dir) throws Exception {
        Path copy = dir.resolve(file.getFileName().toString()); // the same name: the derived codes stay the same
        Files.writeString(copy, MetamorphicImportTest.write(rows, ',', "\n"), StandardCharsets.UTF_8);
        return SheetImporter.defaults().importFile(copy).catalog().entries();
    }

    /** The cases not read like the original yet (damaged-headers-known-gaps.txt): "blank FILE COL", "missing FILE", "cut FILE". */
    static final java.util.Set<String> GAPS;

    static {
        try (java.io.InputStream in = DamagedHeadersTest.class.getResourceAsStream("/damaged-headers-known-gaps.txt")) {
            GAPS = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(String::strip).collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The entries equal the original's; for a listed gap, they still differ (so that the list only shrinks). */
    private static void check(String gap, Path original, java.util.concurrent.Callable<List<Entry>> damaged, String what) throws Exception {
        if (!GAPS.contains(gap)) {
            assertSame(original, damaged.call(), what);
            return;
        }
        boolean same;
        try {
            assertSame(original, damaged.call(), what);
            same = true;
        } catch (AssertionError | java.io.IOException e) {
            same = false;
        }
        org.junit.jupiter.api.Assertions.assertFalse(same, "\"" + gap + "\" is read like the original now: remove it from damaged-headers-known-gaps.txt");
    }

    private static void assertSame(Path original, List<Entry> actual, String what) throws Exception {
        List<Entry> expected = SheetImporter.defaults().importFile(original).catalog().entries();
        assertEquals(expected.size(), actual.size(), what + ": entry count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": entry " + i);
        }
    }

    @ParameterizedTest(name = "{0}: column {1} without its header")
    @MethodSource("blankEachColumn")
    void aColumnWithoutItsHeader_givesTheSameEntries(String file, int column, @TempDir Path dir) throws Exception {
        Path original = DevCorpusTest.dir().resolve(file);
        List<List<String>> rs = MetamorphicImportTest.rows(MetamorphicImportTest.original(original));
        for (int h : headerRows(rs)) {
            if (column < rs.get(h).size()) {
                rs.get(h).set(column, "");
            }
        }
        check("blank " + file + " " + column, original, () -> entries(original, rs, dir), file + " column " + column + " blanked");
    }

    static Stream<String> files() throws Exception {
        return DevCorpusTest.tables().filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith("-gbk.csv"))
                .map(p -> p.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}: one character missing from every header")
    @MethodSource("files")
    void oneCharacterMissingFromEveryHeader_givesTheSameEntries(String file, @TempDir Path dir) throws Exception {
        Path original = DevCorpusTest.dir().resolve(file);
        List<List<String>> rs = MetamorphicImportTest.rows(MetamorphicImportTest.original(original));
        Random random = new Random(file.hashCode());
        for (int h : headerRows(rs)) {
            List<String> row = rs.get(h);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c).strip();
                if (v.length() >= 3) {
                    int at = random.nextInt(v.length());
                    row.set(c, v.substring(0, at) + v.substring(at + 1));
                }
            }
        }
        StringBuilder headers = new StringBuilder();
        for (int h : headerRows(rs)) {
            headers.append(rs.get(h)).append(' ');
        }
        check("missing " + file, original, () -> entries(original, rs, dir), file + " with a character missing from every header " + headers);
    }

    @ParameterizedTest(name = "{0}: every header cut to two characters")
    @MethodSource("files")
    void everyHeaderCutToTwoCharacters_givesTheSameEntries(String file, @TempDir Path dir) throws Exception {
        Path original = DevCorpusTest.dir().resolve(file);
        List<List<String>> rs = MetamorphicImportTest.rows(MetamorphicImportTest.original(original));
        for (int h : headerRows(rs)) {
            List<String> row = rs.get(h);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c).strip().replaceAll("\\s+", "");
                if (v.length() > 2) {
                    row.set(c, v.substring(0, 2));
                }
            }
        }
        StringBuilder headers = new StringBuilder();
        for (int h : headerRows(rs)) {
            headers.append(rs.get(h)).append(' ');
        }
        check("cut " + file, original, () -> entries(original, rs, dir), file + " with every header cut to two characters " + headers);
    }
}

package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a first answer's JVM loads (docs/performance.md, "a faster first answer"): validating a catalog links no lambda
 * or method reference of the tool, compiles no regular expression, builds no stream and loads nothing of picocli;
 * each was measured to cost a first answer (a lambda's linking some 0.2 ms, the first one and the regular expression
 * machinery several ms). Watched in a JVM of its own through its class-loading log, on the README's sample as JSON and
 * as XML (whose {@code <extensions>} are read without the JSON-P provider, whose class starts java.util.logging), and on
 * a catalog whose entries break most rules (messages with numbers, report groups). Not yet lean: a structural
 * problem's message, put in Chinese through regular expressions ({@code StructuralText}), and a catalog issued after
 * today, whose message names today through the JDK's time-zone rules. The tool runs from one jar made here of what
 * catalog.jar holds (the modules, picocli, JSON-P), as {@code java -jar catalog.jar} runs it: from its own jar it does
 * not search the class path for rule plug-ins, a search that builds streams in the JDK.
 */
class FirstAnswerPathTest {

    @TempDir
    static Path shared;

    /** The tool's jar, made once for the class's tests. */
    private static Path tool;

    @org.junit.jupiter.api.BeforeAll
    static void makeTheToolJar() throws Exception {
        tool = toolJar(shared);
    }

    /** One jar of the tool's classes and of the libraries catalog.jar holds, from the test's class path. */
    private static Path toolJar(Path dir) throws Exception {
        Path jar = dir.resolve("tool.jar");
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry);
                String name = p.toString().replace('\\', '/');
                // the modules: their classes (a module's own), their jars in the build (target/catalog-*.jar) or the repository
                boolean ours = name.endsWith("/target/classes") || name.contains("/org/gkml/")
                        || p.getFileName().toString().startsWith("catalog-") && name.endsWith(".jar");
                boolean held = name.contains("picocli") || name.contains("jakarta.json") || name.contains("parsson");
                if (!ours && !held) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    try (java.util.stream.Stream<Path> files = Files.walk(p)) {
                        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            add(out, seen, p.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                        }
                    }
                } else if (name.endsWith(".jar")) {
                    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(p.toFile())) {
                        for (java.util.zip.ZipEntry e : java.util.Collections.list(z.entries())) {
                            if (!e.isDirectory() && !e.getName().startsWith("META-INF/")) {
                                add(out, seen, e.getName(), z.getInputStream(e).readAllBytes());
                            }
                        }
                    }
                }
            }
        }
        return jar;
    }

    private static void add(java.util.jar.JarOutputStream out, java.util.Set<String> seen, String name, byte[] bytes) throws Exception {
        if (seen.add(name)) {
            out.putNextEntry(new java.util.jar.JarEntry(name));
            out.write(bytes);
            out.closeEntry();
        }
    }

    private static List<String> loaded(Path dir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("classes.txt");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + log, "-XX:TieredStopAtLevel=1",
                "-cp", tool.toString(), CatalogCli.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended");
        assertTrue(p.exitValue() <= 1, Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int at = line.indexOf("] ");
            if (at >= 0 && line.contains(" source: ")) {
                classes.add(line.substring(at + 2, line.indexOf(" source: ")).trim());
            }
        }
        return classes;
    }

    private static void assertLean(List<String> classes, String what) {
        assertTrue(classes.contains(CatalogCli.class.getName()), what + ": the log lists the classes");
        for (String c : classes) {
            boolean lambda = c.contains("$$Lambda") && (c.startsWith("org.gkml.") || c.startsWith("java.util.regex.")
                    || c.startsWith("java.util.stream."));
            assertTrue(!lambda && !c.startsWith("picocli.") && !c.equals("java.util.regex.Pattern")
                    && !c.startsWith("java.util.stream."), what + " loaded " + c);
        }
    }

    @Test
    void validatingTheSample_linksNoLambdaRegexStreamOrPicocli(@TempDir Path dir) throws Exception {
        Path sample = Path.of("../examples/catalogs/county-sample.json").toAbsolutePath().normalize();
        assertLean(loaded(dir, "validate", sample.toString()), "validate");
        assertTrue(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8).contains("通过"));
    }

    @Test
    void validatingTheSampleAsXml_withItsExtensions_staysLean(@TempDir Path dir) throws Exception {
        Path sample = Path.of("../examples/catalogs/county-sample.xml").toAbsolutePath().normalize();
        assertTrue(Files.readString(sample, StandardCharsets.UTF_8).contains("<extensions>"), "the sample has extensions");
        List<String> classes = loaded(dir, "validate", sample.toString());
        assertLean(classes, "validate XML");
        for (String c : classes) { // the JSON-P provider's class starts java.util.logging
            assertTrue(!c.startsWith("java.util.logging.") && !c.equals("jakarta.json.spi.JsonProvider"), "validate XML loaded " + c);
        }
        assertTrue(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8).contains("通过"));
    }

    @Test
    void validatingACatalogWithIssues_staysLean(@TempDir Path dir) throws Exception {
        String entry = "{\"code\":\"%s\",\"name\":\"%s\",\"deadline\":{\"type\":\"within\",\"trigger\":\"formedOrChanged\","
                + "\"amount\":30,\"unit\":\"workingDay\",\"text\":\"信息形成之日起30个工作日内\"},\"method\":\"proactive\","
                + "\"channels\":[{\"type\":\"other\"},{\"type\":\"other\"}],\"levels\":[\"county\"],"
                + "\"basis\":[{\"title\":\"中华人民共和国政府信息公开条例\",\"provision\":\"第二十条第一款\"}],"
                + "\"subjects\":[{\"name\":\"某局\",\"creditCode\":\"11100000MB0143028X\",\"divisionCode\":\"12\"}]}";
        String doc = "{\"specVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"publisher\":{\"name\":\"某县人民政府\"},\"issued\":\"2024-01-01\","
                + "\"entries\":[" + String.format(entry, "A-1", "年度报告") + "," + String.format(entry, "A-1", "") + "]}";
        Files.writeString(dir.resolve("issues.json"), doc, StandardCharsets.UTF_8);
        List<String> classes = loaded(dir, "validate", "issues.json");
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        for (String rule : new String[] {"REQ-001", "DL-001", "CH-002", "CH-003", "LAW-001", "ID-001", "ID-002",
            "UNQ-001"}) {
            assertTrue(out.contains(rule), rule + " in " + out);
        }
        assertLean(classes, "validate with issues");
        assertEquals(1, Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8).isEmpty() ? 1 : 0,
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}

package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * catalog.jar copied without catalog-lib.jar: the commands that need a library from it end with one line naming
 * catalog-lib.jar and exit 2, not a stack trace (the tool run on the test class path without jsoup and Javalin).
 */
class MissingLibraryTest {

    private static Process tool(Path dir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("jsoup") && !entry.contains("javalin")) {
                kept.add(entry);
            }
        }
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", String.join(File.pathSeparator, kept),
                CatalogCli.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    @Test
    void aCommandNeedingTheLibraryJar_saysSoInOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.html"), "<table><tr><th>公开事项</th><th>公开时限</th></tr>"
                + "<tr><td>政府工作报告</td><td>20个工作日内</td></tr></table>", StandardCharsets.UTF_8);
        String[][] runs = {{"convert", "t.html", "t.json"}, {"convert", "t.html", "t.json", "--lang", "en"}};
        for (String[] args : runs) {
            Process p = tool(dir, args);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended");
            String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
            assertEquals(2, p.exitValue(), err);
            assertEquals(1, err.strip().lines().count(), err);
            assertTrue(err.contains("catalog-lib.jar") && err.contains("org.jsoup."), err);
            assertTrue(args.length > 3 ? err.contains("needs") : err.contains("需要"), err);
            assertFalse(err.contains("\tat "), err);
            assertFalse(Files.exists(dir.resolve("t.json")), "nothing written");
        }
        // the first answers do not need it
        Process p = tool(dir, "deadline", "20个工作日内", "--from", "2025-09-26");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        assertTrue(Files.readString(dir.resolve("out.txt")).contains("\"due\": \"2025-10-30\""));
    }
}

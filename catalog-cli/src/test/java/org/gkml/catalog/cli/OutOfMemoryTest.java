package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Out of memory ends the tool with one line and exit 2, never a hang or a stack trace (a JVM with a tiny heap). */
class OutOfMemoryTest {

    private static Process tool(Path dir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx24m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CatalogCli.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    @Test
    void importingASheetTooLargeForTheHeap_endsWithOneLine(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("公开事项,公开内容,公开依据,公开时限,公开主体,备注\n");
        for (int i = 0; i < 120_000; i++) {
            b.append("事项").append(i).append(",内容不同的").append(i).append("号文件,《条例》第").append(i % 90).append("条,")
                    .append(i % 29 + 1).append("个工作日内,第").append(i).append("局,备注").append(i).append('\n');
        }
        Files.writeString(dir.resolve("huge.csv"), b, StandardCharsets.UTF_8);
        for (String[] args : new String[][] {{"convert", "huge.csv", "huge.json"}, {"validate", "huge.csv"}}) {
            Process p = tool(dir, args);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), args[0] + " ended");
            String err = Files.readString(dir.resolve("err.txt"));
            assertEquals(2, p.exitValue(), args[0] + ": " + err);
            assertTrue(err.contains("out of memory") || err.contains("-Xmx"), args[0] + ": " + err);
            assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), args[0] + ": no stack trace: " + err);
            assertFalse(Files.exists(dir.resolve("huge.json")), "no half-written output");
        }
    }
}

package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.catalog.cli.CatalogCliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is not a catalog is unreadable (exit 2, one line with the reason), never an empty catalog with exit 0. */
class NotACatalogTest {

    @TempDir
    Path dir;

    private void unreadable(Path f, String reason) {
        unreadable(f, reason, reason);
    }

    /** Unreadable for convert and for validate; {@code reported}: the reader's structural words in Chinese, when they have a Chinese form. */
    private void unreadable(Path f, String reason, String reported) {
        for (String[] args : new String[][] {{"convert", f.toString(), dir.resolve("out.json").toString()}, {"validate", f.toString()}}) {
            Run r = CatalogCliTest.run(args);
            assertEquals(2, r.code(), args[0] + " " + f.getFileName() + ": " + r.out() + r.err());
            assertTrue(r.err().contains(reported), args[0] + ": " + r.err());
            assertTrue(r.err().contains(f.getFileName().toString()), r.err());
            assertTrue(!Files.exists(dir.resolve("out.json")), "nothing written");
        }
    }

    @Test
    void aFolder_isSaidToBeOne_byEveryCommandThatReads() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("catalogs"));
        Path sample = Path.of("../examples/catalogs/county-sample.json");
        for (String[] args : new String[][] {{"validate", folder.toString()}, {"convert", folder.toString(), dir.resolve("o.json").toString()},
            {"diff", folder.toString(), sample.toString()}, {"diff", sample.toString(), folder.toString()},
            {"merge", sample.toString(), folder.toString(), sample.toString(), dir.resolve("m.json").toString()}}) {
            Run r = CatalogCliTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("catalogs：是文件夹，应为一个文件"), String.join(" ", args) + ": " + r.err());
        }
    }

    @Test
    void aSheetWithNoCatalogTable() throws Exception {
        Path f = dir.resolve("letter.csv");
        Files.writeString(f, "关于报送目录的通知\n各单位：\n请于月底前报送。\n", StandardCharsets.UTF_8);
        unreadable(f, "no catalog table found");
    }

    @Test
    void aJsonArray_orNull() throws Exception {
        Path a = dir.resolve("array.json");
        Files.writeString(a, "[{\"code\": \"x\"}]");
        unreadable(a, "expected a JSON object (the catalog), found an array", "应为JSON 对象（目录），实际为数组");
        Path n = dir.resolve("null.json");
        Files.writeString(n, "null");
        unreadable(n, "no catalog table found"); // not JSON-shaped enough to be taken for JSON: read as a table, and none is there
    }

    @Test
    void utf32Text() throws Exception {
        Path f = dir.resolve("u32.csv");
        byte[] text = "公开事项,公开内容,公开依据\n".getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        byte[] bom = {(byte) 0xFF, (byte) 0xFE, 0, 0};
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        Files.write(f, all);
        unreadable(f, "UTF-32");
    }

    @Test
    void bytesNoSupportedEncodingReads_areNamedWithTheirOffset() throws Exception {
        Path f = dir.resolve("latin.csv");
        byte[] head = "公开事项,公开内容,公开依据,公开时限\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + 3);
        all[head.length] = 'a';
        all[head.length + 1] = (byte) 0xFF; // neither UTF-8 nor GB18030
        all[head.length + 2] = '\n';
        Files.write(f, all);
        unreadable(f, "not UTF-8, GB18030 or UTF-16 text: the byte 0xFF at byte offset " + (head.length + 1));
    }
}

package org.gkml.catalog.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are all or nothing: the target is the old file or the new one, never a part, and nothing is left behind. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailureWhileWriting_leavesTheOldFile_andNoTemporaryFile() throws Exception {
        Path out = dir.resolve("out.json");
        Files.writeString(out, "old");
        IOException boom = new IOException("boom");
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.write(out, o -> {
            o.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw boom;
        }));
        assertSame(boom, e, "the body's own failure comes through");
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("out.json"), files());
        RuntimeException r = assertThrows(RuntimeException.class, () -> AtomicOutput.write(out, o -> {
            o.write(1);
            throw new IllegalStateException("bug");
        }));
        assertEquals("bug", r.getMessage());
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("out.json"), files());
    }

    @Test
    void aSuccess_replacesTheFile_andCreatesOneThatWasNotThere() throws Exception {
        Path out = dir.resolve("new.xml");
        AtomicOutput.writeString(out, "<a/>");
        assertEquals("<a/>", Files.readString(out));
        AtomicOutput.write(out, o -> {
            o.write("<b/>".getBytes(StandardCharsets.UTF_8));
            o.close(); // a body that closes its stream still gets its content to the disk
        });
        assertEquals("<b/>", Files.readString(out));
        assertEquals(List.of("new.xml"), files());
    }

    @Test
    void filesNamedLikeATemporaryFile_andLinksThere_areLeftAlone() throws Exception {
        Path out = dir.resolve("out.json");
        Path oldTmp = dir.resolve("out.json.tmp");
        Files.writeString(oldTmp, "an input of the user's");
        Path outside = Files.createTempFile("victim", ".txt");
        try {
            Files.writeString(outside, "keep me");
            Files.createSymbolicLink(dir.resolve(".out.json.part"), outside);
            AtomicOutput.writeString(out, "{}");
            assertEquals("{}", Files.readString(out));
            assertEquals("an input of the user's", Files.readString(oldTmp));
            assertEquals("keep me", Files.readString(outside), "a link is never followed");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aMissingFolder_aFolderAsTarget_andAnInputAsTarget_areRefusedInOneLine() throws Exception {
        Path missing = dir.resolve("no/such/folder/out.json");
        OutputFailedException e = assertThrows(OutputFailedException.class, () -> AtomicOutput.writeString(missing, "x"));
        assertTrue(e.getMessage().startsWith(missing + ": cannot write: the folder"), e.getMessage());
        assertFalse(e.getMessage().contains(".part"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        OutputFailedException folder = assertThrows(OutputFailedException.class, () -> AtomicOutput.writeString(dir, "x"));
        assertTrue(folder.getMessage().endsWith("it is a folder"), folder.getMessage());
        assertThrows(OutputFailedException.class, () -> AtomicOutput.checkTarget(dir));

        Path in = dir.resolve("in.json");
        Files.writeString(in, "input");
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, in);
        OutputFailedException same = assertThrows(OutputFailedException.class, () -> AtomicOutput.checkTarget(link, in));
        assertTrue(same.getMessage().contains("one of the inputs"), same.getMessage());
        AtomicOutput.checkTarget(dir.resolve("other.json"), in); // a new file is fine
        assertEquals("input", Files.readString(in));
    }

    @Test
    void aFullDisk_isOneLineNamingTheTarget_andLeavesTheOldFile() throws Exception {
        Path out = dir.resolve("out.xml");
        Files.writeString(out, "old");
        // what a FileChannel write reports when the device is full
        OutputFailedException e = assertThrows(OutputFailedException.class, () -> AtomicOutput.write(out, o -> {
            o.write(new byte[100]);
            throw new IOException("No space left on device");
        }));
        assertEquals(out + ": cannot write: no space left on the device", e.getMessage());
        assertEquals(out, e.target());
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("out.xml"), files());
    }
}

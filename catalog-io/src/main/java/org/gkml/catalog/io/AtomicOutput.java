package org.gkml.catalog.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Files written all or nothing: the content goes to a new temporary file with a unique name, created in the target's
 * folder (never following a link, never reusing a name), is forced to the disk, and then moved over the target in one
 * step. A failure or a kill at any moment leaves the target as it was (absent or the old file) and no temporary file
 * behind; the failure is one {@link OutputFailedException} naming the target and the reason. Every file the SDK's
 * commands write goes through here. Stateless and thread-safe.
 *
 * <pre>{@code
 * AtomicOutput.write(Path.of("catalog.xml"), out -> CatalogXml.write(catalog, out));
 * }</pre>
 *
 * @since 0.2
 */
public final class AtomicOutput {

    private AtomicOutput() {
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Body {
        /** Writes to the stream given (buffered; closed by the caller). */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes a file all or nothing.
     *
     * @throws OutputFailedException naming the target when the folder is missing or read-only, the disk is full, or the
     *     target is a folder
     * @throws IOException what {@code body} throws (the target is left as it was)
     */
    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFailedException(target, "it is a folder");
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputFailedException(target, "the folder " + (dir == null ? "" : dir + " ") + "does not exist");
        }
        Path tmp = null;
        for (int attempt = 0; tmp == null; attempt++) {
            Path candidate = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                // CREATE_NEW: an existing file or link at that name is never opened; the file gets the usual permissions
                tmp = Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw failure(target, e);
                }
            } catch (IOException e) {
                throw failure(target, e);
            }
        }
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                 OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
                body.write(new NonClosing(out));
                out.flush();
                ch.force(true);
            } catch (OutputFailedException | RuntimeException e) {
                throw e;
            } catch (FileSystemException e) {
                throw failure(target, e);
            } catch (IOException e) {
                if (e.getClass() == IOException.class && isFullDisk(e)) {
                    throw failure(target, e);
                }
                throw e;
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw failure(target, e);
            }
            moved = true;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure being reported matters more than a temporary file that could not be removed
                }
            }
        }
    }

    /** Writes a text file (UTF-8) all or nothing. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Refuses an output path that would destroy an input or cannot be a file, before anything is read: an existing
     * folder, or the same file as one of the inputs (links resolved).
     *
     * @throws OutputFailedException naming the output and the reason
     */
    public static void checkTarget(Path target, Path... inputs) throws IOException {
        if (Files.isDirectory(target)) {
            throw new OutputFailedException(target, "it is a folder");
        }
        if (!Files.exists(target)) {
            return;
        }
        for (Path in : inputs) {
            if (in != null && Files.exists(in) && Files.isSameFile(in, target)) {
                throw new OutputFailedException(target, "it is one of the inputs (" + in + "); choose another output file");
            }
        }
    }

    private static boolean isFullDisk(IOException e) {
        String m = e.getMessage();
        return m != null && (m.toLowerCase(Locale.ROOT).contains("no space left") || m.toLowerCase(Locale.ROOT).contains("disk quota"));
    }

    private static OutputFailedException failure(Path target, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder does not exist";
        } else if (isFullDisk(e) || e instanceof FileSystemException f && f.getReason() != null
                && f.getReason().toLowerCase(Locale.ROOT).contains("no space")) {
            reason = "no space left on the device";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        OutputFailedException x = new OutputFailedException(target, reason);
        x.initCause(e);
        return x;
    }

    /** Keeps the body from closing the stream before it is forced to the disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

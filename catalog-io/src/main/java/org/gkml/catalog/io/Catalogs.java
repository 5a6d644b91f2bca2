package org.gkml.catalog.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.gkml.catalog.io.json.JsonFormat;
import org.gkml.catalog.io.xml.XmlFormat;
import org.gkml.catalog.model.Catalog;

/**
 * Reads and writes catalogs in whichever format a file has: the format is detected once, by content
 * ({@link Formats#detect(Path)}), and the {@link CatalogFormat} registered for it does the work. JSON and XML are
 * built in; CSV and XLSX need {@code catalog-sheets} on the class path. Stateless and thread-safe.
 *
 * <pre>{@code
 * try (CatalogReader r = Catalogs.open(Path.of("catalog.xlsx"))) {
 *     for (Entry e; (e = r.next()) != null; ) { … }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class Catalogs {

    private Catalogs() {
    }

    /** The formats built in. */
    private static final class Builtin {
        static final CatalogFormat JSON = new JsonFormat();
        static final CatalogFormat XML = new XmlFormat();
    }

    /** The registered formats: the built-in ones, then those found by {@link ServiceLoader}. */
    private static final class Registry {
        static final Map<Formats.Format, CatalogFormat> FORMATS = load();

        private static Map<Formats.Format, CatalogFormat> load() {
            Map<Formats.Format, CatalogFormat> m = new EnumMap<>(Formats.Format.class);
            m.put(Formats.Format.JSON, Builtin.JSON);
            m.put(Formats.Format.XML, Builtin.XML);
            ClassLoader cl = Catalogs.class.getClassLoader();
            for (CatalogFormat f : ServiceLoader.load(CatalogFormat.class, cl)) {
                m.putIfAbsent(f.format(), f);
            }
            return m;
        }
    }

    /**
     * The implementation of a format.
     *
     * @throws CatalogFormatException when no module on the class path provides it (the sheets without
     *     {@code catalog-sheets})
     */
    public static CatalogFormat format(Formats.Format format) throws CatalogFormatException {
        // JSON and XML are built in and come first in the registry: answered without looking for the others
        // (a ServiceLoader search opens every jar on the class path)
        CatalogFormat f = format == Formats.Format.JSON ? Builtin.JSON : format == Formats.Format.XML ? Builtin.XML
                : Registry.FORMATS.get(format);
        if (f == null) {
            throw new CatalogFormatException(null, "reading or writing " + format.name()
                    + " needs the catalog-sheets module on the class path");
        }
        return f;
    }

    /** The implementation of a file's format, detected by content. */
    public static CatalogFormat formatOf(Path file) throws IOException {
        Formats.Format f = Formats.detect(file);
        try {
            return format(f);
        } catch (CatalogFormatException e) {
            throw new CatalogFormatException(Location.at(file.getFileName().toString(), 0, 0), e.problem());
        }
    }

    /**
     * Reads a whole catalog, detecting the format by content: JSON and XML as they are, CSV and XLSX through the
     * legacy-sheet import (whose report is dropped here: open the file with {@link #open(Path)} and ask the reader,
     * or use the importer of {@code catalog-sheets}).
     *
     * @throws CatalogFormatException naming the file and location when it cannot be read
     */
    public static Catalog read(Path file) throws IOException {
        try (CatalogReader r = open(file)) {
            return r.readAll();
        }
    }

    /**
     * Opens a reader of any supported format (detected by content): the header, then one entry at a time. JSON
     * and XML are streamed in memory bounded by one entry; a sheet is imported when opened.
     *
     * @throws CatalogFormatException naming the file and location when it cannot be read
     */
    public static CatalogReader open(Path file) throws IOException {
        return formatOf(file).open(file, null);
    }

    /**
     * Like {@link #open(Path)}, but structural problems go to {@code problems} instead of ending the reading (what
     * a validator wants: every problem of a file at once).
     */
    public static CatalogReader open(Path file, Consumer<BindingProblem> problems) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.exists(file)
                && !java.nio.file.Files.isDirectory(file)) {
            // a pipe (/dev/stdin, a FIFO): read once, the format told from a buffered prefix
            // (a FileInputStream: a channel's stream asks a pipe for its position, which it does not have)
            return open(new java.io.FileInputStream(file.toFile()), file.getFileName().toString(), problems);
        }
        return formatOf(file).open(file, problems);
    }

    /**
     * Opens a reader of a stream of any supported format, detected from its first bytes (kept in a buffer and read
     * again, never by seeking): standard input, a pipe, a network body. The stream is closed with the reader.
     *
     * @param name used in messages
     * @throws CatalogFormatException naming {@code name} when the content is no catalog format
     */
    public static CatalogReader open(InputStream in, String name, Consumer<BindingProblem> problems) throws IOException {
        java.io.BufferedInputStream buffered = in instanceof java.io.BufferedInputStream b ? b : new java.io.BufferedInputStream(in, 1 << 16);
        try {
            buffered.mark(Formats.HEAD);
            byte[] head = buffered.readNBytes(Formats.HEAD);
            buffered.reset();
            return format(Formats.detect(head, name)).open(buffered, name, problems);
        } catch (IOException | RuntimeException e) {
            buffered.close();
            throw e;
        }
    }

    /**
     * A streaming writer of a JSON (pretty) or XML catalog; output is byte-identical to {@link #write}.
     *
     * @throws UnsupportedOperationException for the sheet formats, which are written whole
     */
    public static CatalogWriter writer(Formats.Format format, OutputStream out) throws IOException {
        return format(format).writer(out);
    }

    /** Writes a catalog in a format; the stream is flushed, not closed. */
    public static void write(Catalog c, Formats.Format format, OutputStream out) throws IOException {
        format(format).write(c, out);
    }

    /**
     * Writes a catalog to a file in the format its extension names ({@code .json}, {@code .xml}, {@code .csv},
     * {@code .xlsx}). All or nothing: the catalog goes to a new temporary file in the same folder, which is then
     * moved over the target, so a failure leaves the target as it was.
     *
     * @throws IllegalArgumentException when the extension names no format
     */
    public static void write(Catalog c, Path file) throws IOException {
        Formats.Format f = Formats.byExtension(file.getFileName().toString());
        if (f == null) {
            throw new IllegalArgumentException("the extension of \"" + file + "\" names no catalog format; expected "
                    + ".json, .xml, .csv or .xlsx");
        }
        CatalogFormat format = format(f);
        AtomicOutput.write(file, out -> format.write(c, out));
    }

    /** Opens a reader of bytes in a known format; {@code name} is used in messages. */
    public static CatalogReader open(InputStream in, Formats.Format format, String name) throws IOException {
        return format(format).open(in, name, null);
    }

}

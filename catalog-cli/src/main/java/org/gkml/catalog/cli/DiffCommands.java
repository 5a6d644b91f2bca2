package org.gkml.catalog.cli;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gkml.catalog.diff.CatalogDiff;
import org.gkml.catalog.diff.CatalogSource;
import org.gkml.catalog.diff.ChangeSet;
import org.gkml.catalog.diff.ChangeSets;
import org.gkml.catalog.diff.PatchConflictException;
import org.gkml.catalog.io.AtomicOutput;
import org.gkml.catalog.io.CatalogWriter;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog diff}, {@code patch} and {@code merge}. */
final class DiffCommands {

    private DiffCommands() {
    }

    /** A version to compare, read as often as the diff needs. */
    static CatalogSource source(Path p) throws Exception {
        if (!Files.exists(p) || Files.isDirectory(p)) {
            throw new java.nio.file.NoSuchFileException(p.toString());
        }
        return CatalogSource.of(p);
    }

    /** Writes a catalog to a stream: the body begins it and writes its entries; nothing is written if it throws first. */
    interface Streamed {
        void write(CatalogWriter w) throws IOException, PatchConflictException;
    }

    /** Carries a conflict out of an output body, which may throw only I/O errors. */
    private static final class Conflicted extends IOException {
        private static final long serialVersionUID = 1L;

        Conflicted(PatchConflictException e) {
            super(e);
        }
    }

    /**
     * Streams a result to {@code out} ({@code -} for JSON on stdout; a file all or nothing, in the format its extension
     * names). A sheet (CSV, XLSX) is written whole, so the result is collected first.
     */
    static void writeStreamed(Context ctx, String out, Streamed body) throws IOException, PatchConflictException {
        Formats.Format f = out.equals("-") ? Formats.Format.JSON : Formats.byExtension(out);
        Formats.Format format = f == null ? Formats.Format.JSON : f;
        try {
            if (out.equals("-")) {
                stream(format, ctx.out, body);
                ctx.out.flush();
            } else {
                AtomicOutput.write(Path.of(out), o -> stream(format, o, body));
            }
        } catch (Conflicted c) {
            throw (PatchConflictException) c.getCause();
        }
    }

    private static void stream(Formats.Format format, OutputStream o, Streamed body) throws IOException {
        try {
            if (format == Formats.Format.JSON || format == Formats.Format.XML) {
                try (CatalogWriter w = Catalogs.writer(format, o)) {
                    body.write(w);
                    w.end();
                }
            } else {
                Collecting c = new Collecting();
                body.write(c);
                Catalogs.write(c.header.withEntries(c.entries), format, o);
            }
        } catch (PatchConflictException e) {
            throw new Conflicted(e);
        }
    }

    /** A writer that keeps what it is given (for the formats written whole). */
    private static final class Collecting implements CatalogWriter {
        Catalog header;
        final List<Entry> entries = new ArrayList<>();

        @Override
        public CatalogWriter begin(Catalog h) {
            header = h;
            return this;
        }

        @Override
        public CatalogWriter write(Entry e) {
            entries.add(e);
            return this;
        }

        @Override
        public void end() {
        }

        @Override
        public void close() {
        }
    }

    /** Refuses an output that is a folder or one of the inputs, before anything is read. */
    static void checkOut(String out, Path... inputs) throws java.io.IOException {
        if (!out.equals("-")) {
            AtomicOutput.checkTarget(Path.of(out), inputs);
        }
    }

    /** {@code catalog diff OLD NEW}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Compares two versions of a catalog; less-open changes come first.",
                "Exit codes: 0 identical, 1 different, 2 unreadable input or bad usage."})
    static final class Diff extends ContextCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD", description = "the older version", descriptionKey = "OLD") Path oldFile;
        @Parameters(index = "1", paramLabel = "NEW", description = "the newer version", descriptionKey = "NEW") Path newFile;
        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default; the Markdown summary), markdown, json, html or patch (RFC 6902)")
        String format = "text";
        @Option(names = "--output", paramLabel = "PATH", description = "write to a file instead of stdout")
        Path output;
        @Override
        @SuppressWarnings("try") // the progress display is closed, never used
        public Integer call() throws Exception {
            if (!List.of("text", "markdown", "json", "html", "patch").contains(format)) {
                ctx.err.println(unknownFormat(format, "text, markdown, json, html, patch"));
                return 2;
            }
            if (output != null) {
                AtomicOutput.checkTarget(output, oldFile, newFile);
            }
            ChangeSet cs;
            CatalogSource old = source(oldFile);
            try (Progress p = Progress.start(ctx, "comparing " + oldFile.getFileName() + " and " + newFile.getFileName())) {
                // streamed: digests of the old version and the changed entries only
                cs = CatalogDiff.diff(old, source(newFile));
            }
            StringWriter sw = new StringWriter();
            switch (format) {
                case "json": sw.write(ChangeSets.toJson(cs)); break;
                case "html": ChangeSets.html(cs, sw, locale()); break;
                case "patch": {
                    try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(sw)) {
                        w.write(CatalogDiff.jsonPatch(cs, old)); // positions counted as the old version streams past
                    }
                    sw.write("\n");
                    break;
                }
                default: ChangeSets.markdown(cs, sw, locale()); // text is the Markdown summary, read as plain text
            }
            if (output != null) {
                AtomicOutput.writeString(output, sw.toString());
            } else {
                Writer w = new OutputStreamWriter(ctx.out, StandardCharsets.UTF_8);
                w.write(sw.toString());
                w.flush();
            }
            return cs.isEmpty() ? 0 : 1;
        }
    }

    /** {@code catalog patch OLD CHANGESET OUT}. */
    @Command(name = "patch", mixinStandardHelpOptions = true,
            description = {"Applies a change set (from 'catalog diff --format json') to the catalog it was made from.",
                "Exit codes: 0 written, 1 the change set does not apply (conflict), 2 unreadable input or bad usage."})
    static final class Patch extends ContextCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD", description = "the catalog the change set was made from", descriptionKey = "OLD") Path oldFile;
        @Parameters(index = "1", paramLabel = "CHANGESET", description = "the change set (JSON)", descriptionKey = "CHANGESET") Path changeSet;
        @Parameters(index = "2", paramLabel = "OUT", description = "output file, or - for stdout", descriptionKey = "OUT") String out;
        @Override
        public Integer call() throws Exception {
            checkOut(out, oldFile, changeSet);
            CatalogSource a = source(oldFile);
            if (!Files.isRegularFile(changeSet)) {
                throw new java.nio.file.NoSuchFileException(changeSet.toString());
            }
            ChangeSet cs = ChangeSets.readJson(Files.readString(changeSet, StandardCharsets.UTF_8), changeSet.getFileName().toString());
            try {
                // streamed: the base's codes and the entries the change set names are held, not the catalog
                writeStreamed(ctx, out, w -> CatalogDiff.apply(cs, a, w));
            } catch (PatchConflictException e) {
                ctx.err.println("catalog: " + changeSet + say(" 无法应用到 ", " does not apply to ") + oldFile + say("：", ": ") + e.getMessage(locale()));
                return 1;
            }
            return 0;
        }
    }

    /** {@code catalog merge BASE OURS THEIRS OUT}. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Three-way merge: keeps both sides' edits.",
                "Fields both sides changed differently are conflicts: ours is kept and each conflict is listed on stderr.",
                "Exit codes: 0 merged cleanly, 1 merged with conflicts, 2 unreadable input or bad usage."})
    static final class Merge extends ContextCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "BASE", description = "the common original version", descriptionKey = "BASE") Path base;
        @Parameters(index = "1", paramLabel = "OURS", description = "our version", descriptionKey = "OURS") Path ours;
        @Parameters(index = "2", paramLabel = "THEIRS", description = "their version", descriptionKey = "THEIRS") Path theirs;
        @Parameters(index = "3", paramLabel = "OUT", description = "output file, or - for stdout", descriptionKey = "OUT") String out;
        @Override
        public Integer call() throws Exception {
            checkOut(out, base, ours, theirs);
            CatalogSource b = source(base);
            CatalogSource o = source(ours);
            CatalogSource t = source(theirs);
            List<List<CatalogDiff.Conflict>> found = new ArrayList<>();
            // streamed: digests of the base and the changed entries are held, not the catalogs
            writeStreamed(ctx, out, w -> found.add(CatalogDiff.merge(b, o, t, w)));
            List<CatalogDiff.Conflict> conflicts = found.get(0);
            for (CatalogDiff.Conflict c : conflicts) {
                ctx.err.println(conflict(c));
            }
            return conflicts.isEmpty() ? 0 : 1;
        }

        /**
         * One conflict in words: a field both sides changed (with both values), or a whole entry one side removed and
         * the other changed, or added by both with different content (ours kept in each case).
         */
        private String conflict(CatalogDiff.Conflict c) {
            String what = c.entry() == null ? say("目录", "catalog") : say("事项 ", "entry ") + c.entry();
            if (!c.path().isEmpty()) {
                return say("冲突：" + what + " 的字段 " + c.path() + "：我方改为 " + shown(c.ours()) + "，对方改为 " + shown(c.theirs()) + "（保留我方）",
                        "conflict: " + what + " field " + c.path() + ": ours " + shown(c.ours()) + ", theirs " + shown(c.theirs()) + " (ours kept)");
            }
            if (c.base() == null) {
                return say("冲突：双方都新增了" + what + "，内容不同（保留我方）", "conflict: both sides added " + what + " with different content (ours kept)");
            }
            String ours = c.ours() == null ? say("删除了它", "removed it") : say("修改了它", "changed it");
            String theirs = c.theirs() == null ? say("删除了它", "removed it") : say("修改了它", "changed it");
            return say("冲突：" + what + "：我方" + ours + "，对方" + theirs + "（保留我方）",
                    "conflict: " + what + ": ours " + ours + ", theirs " + theirs + " (ours kept)");
        }

        private String shown(jakarta.json.JsonValue v) {
            return v == null ? say("（无）", "(absent)") : v.toString();
        }
    }
}

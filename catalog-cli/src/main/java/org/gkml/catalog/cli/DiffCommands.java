package org.gkml.catalog.cli;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gkml.catalog.diff.CatalogDiff;
import org.gkml.catalog.diff.CatalogSource;
import org.gkml.catalog.diff.ChangeSet;
import org.gkml.catalog.diff.ChangeSets;
import org.gkml.catalog.diff.PatchConflictException;
import org.gkml.catalog.io.AtomicOutput;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog diff}, {@code patch} and {@code merge}. */
final class DiffCommands {

    private DiffCommands() {
    }

    static Catalog read(Context ctx, Path p) throws Exception {
        if (!Files.isRegularFile(p)) {
            throw new java.nio.file.NoSuchFileException(p.toString());
        }
        return Catalogs.read(p);
    }

    /** A version to compare, read as often as the diff needs. */
    static CatalogSource source(Path p) throws Exception {
        if (!Files.isRegularFile(p) && !Files.exists(p)) {
            throw new java.nio.file.NoSuchFileException(p.toString());
        }
        return CatalogSource.of(p);
    }

    static void write(Context ctx, String out, Catalog c) throws Exception {
        if (out.equals("-")) {
            Catalogs.write(c, Formats.Format.JSON, ctx.out);
            ctx.out.flush();
            return;
        }
        Formats.Format f = Formats.byExtension(out);
        AtomicOutput.write(Path.of(out), o -> Catalogs.write(c, f == null ? Formats.Format.JSON : f, o));
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
            Catalog a = null;
            ChangeSet cs;
            try (Progress p = Progress.start(ctx, "comparing " + oldFile.getFileName() + " and " + newFile.getFileName())) {
                if (format.equals("patch")) {
                    // a JSON Patch counts positions in the old version: it is held whole
                    a = read(ctx, oldFile);
                    cs = CatalogDiff.diff(CatalogSource.of(a), source(newFile));
                } else {
                    // streamed: digests of the old version and the changed entries only
                    cs = CatalogDiff.diff(source(oldFile), source(newFile));
                }
            }
            StringWriter sw = new StringWriter();
            switch (format) {
                case "json": sw.write(ChangeSets.toJson(cs)); break;
                case "html": ChangeSets.html(cs, sw, locale()); break;
                case "patch": {
                    try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(sw)) {
                        w.write(CatalogDiff.jsonPatch(cs, a));
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
            Catalog a = read(ctx, oldFile);
            if (!Files.isRegularFile(changeSet)) {
                throw new java.nio.file.NoSuchFileException(changeSet.toString());
            }
            ChangeSet cs = ChangeSets.readJson(Files.readString(changeSet, StandardCharsets.UTF_8), changeSet.getFileName().toString());
            try {
                write(ctx, out, CatalogDiff.apply(cs, a));
            } catch (PatchConflictException e) {
                ctx.err.println("catalog: " + changeSet + say(" 无法应用到 ", " does not apply to ") + oldFile + ": " + e.getMessage());
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
            CatalogDiff.MergeResult r = CatalogDiff.merge(read(ctx, base), read(ctx, ours), read(ctx, theirs));
            write(ctx, out, r.merged());
            for (CatalogDiff.Conflict c : r.conflicts()) {
                ctx.err.println(say("冲突：" + (c.entry() == null ? "目录" : "事项 " + c.entry()) + " " + (c.path().isEmpty() ? "（整个事项）" : c.path())
                        + "：我方 " + c.ours() + "，对方 " + c.theirs(),
                        "conflict: " + (c.entry() == null ? "catalog" : "entry " + c.entry()) + " " + (c.path().isEmpty() ? "(whole entry)" : c.path())
                        + ": ours " + c.ours() + ", theirs " + c.theirs()));
            }
            return r.conflicts().isEmpty() ? 0 : 1;
        }
    }
}

package org.gkml.catalog.io.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Organization;

/**
 * Imports legacy catalog tables (CSV; XLSX where supported) into catalogs, with a report of every cell that was
 * dropped, guessed, inherited or could not be parsed.
 *
 * <pre>{@code
 * ImportResult r = SheetImporter.builder().publisher("东阿县民政局").build().importFile(Path.of("old.csv"));
 * Catalog c = r.catalog();
 * r.report().notes().forEach(n -> System.out.println(n.where() + " " + n.reason()));
 * }</pre>
 *
 * <p>Catalog-level keys the sheet lacks are filled as FORMAT.md requires: {@code id} from the file name,
 * {@code title} from the title row (else the file name), {@code publisher} from the caller (else the most
 * common 公开主体); each choice is a note in the report. Entry codes, when the sheet has none, are derived as
 * {@code <id>-0001}, {@code <id>-0002} … in row order. Immutable and thread-safe.
 *
 * <p>A CSV sheet is never held whole: its rows are understood as they are read and let go. A CSV file of
 * 1 MB or more is decoded and split on a daemon thread of the import's own (named
 * {@code gkml-sheet-reader <file>}), which ends with the import, also when it fails.
 *
 * @since 0.1
 */
public final class SheetImporter {

    /** CSV files larger than this are refused. */
    public static final long MAX_CSV_BYTES = 256L << 20;
    /** XLSX files larger than this are refused (their parts are limited separately against zip bombs). */
    public static final long MAX_XLSX_BYTES = 128L << 20;

    private final MappingProfile profile;
    private final String publisher;

    private SheetImporter(Builder b) {
        this.profile = b.profile;
        this.publisher = b.publisher;
    }

    /** A builder with the built-in mapping profile. */
    public static Builder builder() {
        return new Builder();
    }

    /** An importer with the built-in profile and no caller-supplied publisher. */
    public static SheetImporter defaults() {
        return builder().build();
    }

    /** Configures a {@link SheetImporter}. Not thread-safe. @since 0.1 */
    public static final class Builder {
        private MappingProfile profile = MappingProfile.builtIn();
        private String publisher;

        private Builder() {
        }

        /** The mapping profile (header synonyms and column roles). */
        public Builder mapping(MappingProfile p) {
            profile = Objects.requireNonNull(p, "profile");
            return this;
        }

        /** The publishing body's name, used as the catalog's publisher. */
        public Builder publisher(String name) {
            publisher = name;
            return this;
        }

        public SheetImporter build() {
            return new SheetImporter(this);
        }
    }

    /**
     * Imports a legacy table, its format told by content: XLSX or XLS (every sheet; merged regions honoured), CSV
     * (UTF-8 with or without BOM, or GB18030/GBK, detected), a saved web page (the tables that hold a catalog) or a
     * Word document (its tables).
     */
    public ImportResult importFile(Path file) throws IOException {
        Formats.Format f = Formats.detect(file);
        if (f == Formats.Format.JSON || f == Formats.Format.XML) {
            throw new CatalogFormatException(Location.at(file.getFileName().toString(), 0, 0),
                    "this is a " + f + " catalog, not a sheet; read it with Catalogs.read");
        }
        return importFile(file, f);
    }

    /** Imports a sheet whose format is already known (detected once by {@link org.gkml.catalog.io.Catalogs}). */
    ImportResult importFile(Path file, Formats.Format format) throws IOException {
        String name = file.getFileName().toString();
        if (format == Formats.Format.XLSX) {
            if (Files.size(file) > MAX_XLSX_BYTES) {
                throw new CatalogFormatException(Location.at(name, 0, 0), "file of " + Files.size(file) + " bytes exceeds the limit of " + MAX_XLSX_BYTES);
            }
            return assemble(name, XlsxReader.read(file));
        }
        if (format == Formats.Format.HTML || format == Formats.Format.DOCX || format == Formats.Format.XLS) {
            if (Files.size(file) > MAX_DOCUMENT_BYTES) {
                throw new CatalogFormatException(Location.at(name, 0, 0), "file of " + Files.size(file) + " bytes exceeds the limit of " + MAX_DOCUMENT_BYTES);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return importDocument(in, name, format);
            }
        }
        if (Files.size(file) > MAX_CSV_BYTES) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "file of " + Files.size(file) + " bytes exceeds the limit of " + MAX_CSV_BYTES);
        }
        return importCsv(() -> Files.newInputStream(file), name, Files.size(file));
    }

    /** Web pages, Word documents and XLS workbooks larger than this are refused (they are read whole). */
    public static final long MAX_DOCUMENT_BYTES = 128L << 20;

    /**
     * Imports a saved web page, a Word document or an Excel 97–2003 workbook from a stream; {@code name} is the file
     * name used for the id and in messages.
     *
     * @since 0.2
     */
    public ImportResult importDocument(InputStream in, String name, Formats.Format format) throws IOException {
        switch (format) {
            case HTML -> {
                byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
                if (bytes.length > MAX_DOCUMENT_BYTES) {
                    throw new CatalogFormatException(Location.at(name, 0, 0), "page larger than the limit of " + MAX_DOCUMENT_BYTES + " bytes");
                }
                return assembleDocument(name, HtmlTables.read(bytes, name));
            }
            case DOCX -> {
                return assembleDocument(name, DocxTables.read(bounded(in, name), name));
            }
            case XLS -> {
                return assemble(name, XlsTables.read(bounded(in, name), name), null);
            }
            default -> throw new IllegalArgumentException("not a document format: " + format);
        }
    }

    /**
     * The tables of a file as read, before they are understood: every sheet of a workbook, every table of a page or
     * Word document (a page's layout tables left out), the one table of a CSV file.
     */
    static List<Grid> tables(Path file, Formats.Format format) throws IOException {
        String name = file.getFileName().toString();
        switch (format) {
            case XLSX:
                return XlsxReader.read(file);
            case CSV: {
                java.nio.charset.Charset cs = SheetTables.csvCharset(file);
                if (cs == null) {
                    throw new CatalogFormatException(Location.at(name, 0, 0), "not UTF-8, GB18030 or UTF-16 text");
                }
                List<String[]> rows = new ArrayList<>();
                try (Grid g = new Grid(sheetName(name), csvRows(() -> Files.newInputStream(file), name, cs, false))) {
                    for (int r = 0; g.has(r); r++) {
                        rows.add(g.cells(r).clone());
                    }
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
                return List.of(new Grid(sheetName(name), rows));
            }
            case HTML:
            case DOCX:
            case XLS:
                if (Files.size(file) > MAX_DOCUMENT_BYTES) {
                    throw new CatalogFormatException(Location.at(name, 0, 0), "file of " + Files.size(file) + " bytes exceeds the limit of " + MAX_DOCUMENT_BYTES);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    if (format == Formats.Format.XLS) {
                        return XlsTables.read(bounded(in, name), name);
                    }
                    List<Grid> all = format == Formats.Format.DOCX ? DocxTables.read(bounded(in, name), name).grids()
                            : HtmlTables.read(in.readAllBytes(), name).grids();
                    return catalogTables(all, MappingProfile.builtIn()); // not a page's navigation and metadata tables
                }
            default:
                throw new CatalogFormatException(Location.at(name, 0, 0), "a " + format + " file is no table");
        }
    }

    /** A stream that fails with a clear message past {@link #MAX_DOCUMENT_BYTES}. */
    private static InputStream bounded(InputStream in, String name) {
        return new CountingInput(in) {
            private long read;

            @Override
            void counted(long n) throws IOException {
                read += n;
                if (read > MAX_DOCUMENT_BYTES) {
                    throw new CatalogFormatException(Location.at(name, 0, 0), "file larger than the limit of " + MAX_DOCUMENT_BYTES + " bytes");
                }
            }
        };
    }

    /**
     * The tables of a document that hold a catalog (a header row naming its elements): a page's navigation, metadata
     * and footer tables are not; when none has such a header, all are read (and the import says no header was found).
     */
    private ImportResult assembleDocument(String name, Tables tables) throws CatalogFormatException {
        return assemble(name, catalogTables(tables.grids(), profile), tables.title());
    }

    /** The tables with a catalog header, or all of them when none has one. */
    static List<Grid> catalogTables(List<Grid> all, MappingProfile profile) {
        List<Grid> found = new ArrayList<>();
        for (Grid g : all) {
            if (new HeaderReader(g, profile, new ArrayList<>()).findHeader(0) >= 0) {
                found.add(g);
            }
        }
        return found.isEmpty() ? all : found;
    }

    /** Imports CSV bytes; {@code name} is the file name used for the id and in messages. */
    public ImportResult importCsv(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_CSV_BYTES + 1));
        if (bytes.length > MAX_CSV_BYTES) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "CSV larger than the limit of " + MAX_CSV_BYTES + " bytes");
        }
        return importCsv(() -> new ByteArrayInputStream(bytes), name, bytes.length);
    }

    /** Opens the bytes again (CSV is read twice when it turns out not to be UTF-8). */
    interface Source {
        InputStream open() throws IOException;
    }

    /** CSV files at least this large are decoded and split on a thread of their own while the table is understood. */
    static final long READ_AHEAD_BYTES = 1L << 20;

    /**
     * Imports CSV read as UTF-8 (BOM skipped), streaming with a strict decoder; if the bytes are not UTF-8, imports them
     * again as GB18030 (legacy Windows exports); UTF-16 with a byte order mark (Excel's "Unicode text") is read as such.
     * Rows are read as the table understanding asks for them and let go once understood.
     */
    ImportResult importCsv(Source source, String name, long size) throws IOException {
        byte[] bom;
        try (InputStream in = source.open()) {
            bom = in.readNBytes(2);
        }
        if (bom.length == 2 && ((bom[0] & 0xff) == 0xFF && (bom[1] & 0xff) == 0xFE || (bom[0] & 0xff) == 0xFE && (bom[1] & 0xff) == 0xFF)) {
            try {
                return importCsv(source, name, size, StandardCharsets.UTF_16); // Excel's "Unicode text": the decoder reads the BOM
            } catch (CharacterCodingException e) {
                throw undecodable(source, name, StandardCharsets.UTF_16, "UTF-16 text (it starts with a UTF-16 byte order mark)");
            }
        }
        try {
            return importCsv(source, name, size, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            Charset gb = Charset.forName("GB18030");
            try {
                return importCsv(source, name, size, gb);
            } catch (CharacterCodingException again) {
                throw undecodable(source, name, gb, "UTF-8, GB18030 or UTF-16 text");
            }
        }
    }

    /** The one-line refusal of bytes no supported encoding reads: the file, the byte offset and the byte. */
    private static CatalogFormatException undecodable(Source source, String name, Charset cs, String expected) throws IOException {
        long[] at = firstUndecodable(source, cs);
        return new CatalogFormatException(Location.at(name, 0, 0), "not " + expected + ": "
                + (at[0] < 0 ? "it cannot be decoded" : String.format("the byte 0x%02X at byte offset %d is no character in %s", at[1], at[0], cs.name()))
                + "; save the file as UTF-8");
    }

    /** The offset of the first byte a charset cannot decode, and that byte; {-1, 0} when all decode. */
    static long[] firstUndecodable(Source source, Charset cs) throws IOException {
        java.nio.charset.CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(1 << 16);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 16);
        long consumed = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream s = source.open()) {
            boolean eof = false;
            while (true) {
                int n = eof ? -1 : s.read(buf, 0, in.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    in.put(buf, 0, n);
                }
                in.flip();
                java.nio.charset.CoderResult r = d.decode(in, out, eof);
                if (r.isError()) {
                    return new long[] {consumed + in.position(), in.get(in.position()) & 0xff};
                }
                consumed += in.position();
                in.compact();
                out.clear();
                if (eof) {
                    return new long[] {-1, 0};
                }
            }
        }
    }

    private ImportResult importCsv(Source source, String name, long size, Charset cs) throws IOException {
        try (Grid grid = new Grid(sheetName(name), csvRows(source, name, cs, size >= READ_AHEAD_BYTES))) {
            return assemble(name, List.of(grid));
        } catch (java.io.UncheckedIOException e) { // a read error met while the table was being understood
            IOException cause = e.getCause();
            if (cause instanceof CatalogFormatException || cause instanceof CharacterCodingException) {
                throw cause;
            }
            throw new CatalogFormatException(Location.at(name, 0, 0), "not readable as CSV: " + cause.getMessage(), cause);
        }
    }

    /** The records of a CSV source, read on demand or ahead on a thread of their own. */
    static Grid.Rows csvRows(Source source, String name, Charset cs, boolean readAhead) throws IOException {
        char delimiter = delimiter(source);
        java.nio.charset.CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream raw = new java.io.BufferedInputStream(source.open(), 1 << 16);
        try {
            raw.mark(3);
            if (!(raw.read() == 0xEF && raw.read() == 0xBB && raw.read() == 0xBF)) {
                raw.reset();
            }
        } catch (IOException e) {
            raw.close();
            throw e;
        }
        CsvRecords records = new CsvRecords(new InputStreamReader(raw, dec), delimiter, new CellInterner(), name);
        return readAhead ? new PrefetchedRows(records, name) : records;
    }

    /** Comma, unless the first lines hold more tabs (a tab-separated export) or semicolons than commas. */
    static char delimiter(Source source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(8192);
        }
        int commas = 0;
        int tabs = 0;
        int semis = 0;
        for (byte b : head) {
            if (b == ',') {
                commas++;
            } else if (b == '\t') {
                tabs++;
            } else if (b == ';') {
                semis++;
            }
        }
        if (tabs > commas && tabs >= semis) {
            return '\t';
        }
        return semis > commas * 2 && semis > tabs ? ';' : ',';
    }

    private static String sheetName(String fileName) {
        return fileName.replaceFirst("\\.[^.]+$", "");
    }

    ImportResult assemble(String name, List<Grid> grids) throws CatalogFormatException {
        return assemble(name, grids, null);
    }

    /** Assembles the tables of a file; {@code documentTitle} (a page's heading) is the title when no table has one. */
    ImportResult assemble(String name, List<Grid> grids, String documentTitle) throws CatalogFormatException {
        List<ImportNote> notes = new ArrayList<>();
        String id = catalogId(name);
        List<Entry> entries = new ArrayList<>();
        SourceMap sourceMap = new SourceMap();
        String title = null;
        int tables = 0;
        int rows = 0;
        ReadingMemo<Boolean> codes = new ReadingMemo<>(Integer.MAX_VALUE); // unique across the workbook's sheets
        for (Grid g : grids) {
            int from = notes.size();
            TableAssembler t = new TableAssembler(g, profile, notes, id, codes, entries.size());
            t.run();
            // in sheet order: a row's notes together (rows are built as they are read; some notes wait for rows below)
            notes.subList(from, notes.size()).sort(java.util.Comparator.comparingInt(ImportNote::row));
            sourceMap.addAll(t.sourceMap);
            entries.addAll(t.entries);
            if (title == null) {
                title = t.title;
            }
            tables += t.tables;
            rows += t.dataRows;
        }
        if (tables == 0) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "no catalog table found in " + name
                    + ": no row names at least three of 公开事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道 …");
        }
        if (title == null && documentTitle != null && !documentTitle.isBlank()) {
            title = documentTitle;
            notes.add(new ImportNote(name, null, 0, null, title, ImportAction.DERIVED, new ImportNote.Reason(
                    "表格没有标题行：以文档的标题作为目录标题", "no title row in the table: the document's title is the catalog title")));
        }
        if (title == null) {
            title = name.replaceFirst("\\.[^.]+$", "");
            notes.add(new ImportNote(name, null, 0, null, null, ImportAction.DERIVED, new ImportNote.Reason("没有标题行：以文件名作为目录标题", "no title row: the catalog title is the file name")));
        }
        notes.add(new ImportNote(name, null, 0, null, id, ImportAction.DERIVED, new ImportNote.Reason("目录标识由文件名生成", "catalog id derived from the file name")));
        Organization pub;
        if (publisher != null) {
            pub = Organization.named(publisher);
        } else {
            String common = mostCommonSubject(entries);
            String named = common == null ? titleBody(title) : null;
            if (common != null) {
                pub = Organization.named(common);
                notes.add(new ImportNote(name, null, 0, "公开主体", common, ImportAction.DERIVED,
                        new ImportNote.Reason("未给出发布机构：以最常见的公开主体作为目录的发布机构", "no publisher given: the most common 公开主体 is used as the catalog's publisher")));
            } else if (named != null) {
                pub = Organization.named(named);
                notes.add(new ImportNote(name, null, 0, null, title, ImportAction.DERIVED,
                        new ImportNote.Reason("未给出发布机构，也没有公开主体列：以标题中的机关作为目录的发布机构", "no publisher given and no 公开主体 column: the body the title names is used as the catalog's publisher")));
            } else {
                pub = null;
                notes.add(new ImportNote(name, null, 0, "公开主体", null, ImportAction.DROPPED,
                        new ImportNote.Reason("未给出发布机构，表格中也没有公开主体：目录没有发布机构（可在导入时指定发布机构）", "no publisher given and the sheet names no 公开主体: the catalog has no publisher (give one when importing)")));
            }
        }
        Catalog catalog = Catalog.builder().id(id).title(title).publisher(pub).entries(entries).build();
        return new ImportResult(catalog, new ImportReport(name, tables, rows, entries.size(), notes), sourceMap);
    }

    private static final java.util.regex.Pattern CATALOG_WORDS = java.util.regex.Pattern.compile(
            "(?:政府信息|政务公开|主动公开|信息公开|基层政务|公开事项|公开目录|事项目录|目录)");

    /** The body a title names before its catalog words (XX市交通运输局 in XX市交通运输局政府信息主动公开基本目录). */
    static String titleBody(String title) {
        java.util.regex.Matcher m = CATALOG_WORDS.matcher(title);
        if (!m.find() || m.start() < 2) {
            return null;
        }
        String body = title.substring(0, m.start()).strip();
        return CellText.looksLikeOrganization(body) ? body : null;
    }

    private static String mostCommonSubject(List<Entry> entries) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int max = 0;
        for (Entry e : entries) {
            for (Organization o : e.subjects()) {
                int n = counts.merge(o.name(), 1, Integer::sum);
                if (n > max) {
                    max = n;
                    best = o.name();
                }
            }
        }
        return best;
    }

    /** The catalog id for a file name: the name without extension, spaces replaced by dashes. */
    static String catalogId(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]+$", "").strip();
        String id = base.replaceAll("[\\s/\\\\]+", "-");
        return id.isEmpty() ? "catalog" : id;
    }
}

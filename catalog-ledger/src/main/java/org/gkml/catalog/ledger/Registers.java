package org.gkml.catalog.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.io.sheet.ImportAction;
import org.gkml.catalog.io.sheet.ImportNote;
import org.gkml.catalog.io.sheet.SheetTables;
import org.gkml.catalog.model.ChineseText;

/**
 * Reads the registers offices export from their CMS (CSV in UTF-8 or GB18030, XLSX, any sheet format
 * {@code catalog-sheets} reads): title rows above the header, header synonyms ({@code register-headers.tsv}), dates as
 * real dates or as text (2025-03-04, 2025/3/4, 2025年3月4日, 2025.3.4), status words, applicant types and outcomes in
 * their Chinese wording. Whether a file is a publication or a request register is told by its columns. Stateless and
 * thread-safe.
 *
 * @since 0.2
 */
public final class Registers {

    private Registers() {
    }

    /**
     * What a register file held, and a note for every cell not taken as it stood (a date that is no date, an applicant
     * type, status or result the reader does not know), with its cell.
     */
    public record Register(List<Publication> publications, List<Request> requests, List<ImportNote> notes) {
        public Register {
            publications = List.copyOf(publications);
            requests = List.copyOf(requests);
            notes = List.copyOf(notes);
        }
    }

    /** The fields a register's columns can hold. */
    enum Field {
        INDEX_NUMBER, TITLE, DOC_NUMBER, KIND, ITEM, PUBLISHER, FORMED, PUBLISHED, CHANNELS, VALIDITY, EFFECTIVE, EXPIRES,
        REPEALED, REPEALED_BY, INTERPRETS,
        ID, RECEIVED, APPLICANT, CONTENT, SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, EXTENDED, CONSULTATION_SENT,
        CONSULTATION_ANSWERED, REPLIED, OUTCOME_GROUP, OUTCOME_DETAIL, REVIEW_RESULT, REVIEW_DECIDED, LITIGATION_TYPE,
        LITIGATION_RESULT, LITIGATION_DECIDED;

        static Field of(String token) {
            return valueOf(token.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static final List<Map.Entry<Field, Pattern>> HEADERS = load();

    private static List<Map.Entry<Field, Pattern>> load() {
        List<Map.Entry<Field, Pattern>> out = new ArrayList<>();
        for (String line : org.gkml.catalog.model.internal.Resources.lines(Registers.class, "register-headers.tsv")) {
            String[] cols = line.split("\t");
            out.add(Map.entry(Field.of(cols[0]), Pattern.compile(cols[1])));
        }
        return List.copyOf(out);
    }

    /** The field a header names, or null. */
    static Field field(String header) {
        String k = ChineseText.fold(header == null ? "" : header).replaceAll("[\\s*※★:：]", "");
        // 成文日期（YYYY-MM-DD）, 申请人类型(自然人/法人): a remark in brackets after the header
        String bare = k.replaceFirst("[(（\\[【][^()（）]*[)）\\]】]$", "");
        for (String candidate : bare.equals(k) ? List.of(k) : List.of(k, bare)) {
            for (Map.Entry<Field, Pattern> e : HEADERS) {
                if (e.getValue().matcher(candidate).matches()) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*(注|说明|备注|填表说明|填报说明|填报人|填表人|制表|审核|负责人|联系电话|统计时间|数据截至)");

    /**
     * Reads a register file: every sheet, its header found below any title rows.
     *
     * @throws CatalogFormatException naming the file when no sheet has a register's header row
     */
    public static Register read(Path file) throws IOException {
        List<Publication> pubs = new ArrayList<>();
        List<Request> reqs = new ArrayList<>();
        List<ImportNote> notes = new ArrayList<>();
        each(file, Sink.of(pubs::add, reqs::add, notes::add));
        return new Register(pubs, reqs, notes);
    }

    /** Receives the records of {@link #each(Path, Sink)} as they are read. */
    public interface Sink {
        /** A record of a publication register. */
        void publication(Publication p) throws IOException;

        /** A record of a request register. */
        void request(Request r) throws IOException;

        /** A cell not taken as it stood, or a row that is no record; after the record of its row. */
        void note(ImportNote n) throws IOException;

        /** A sink handing each kind of thing to its own consumer. */
        static Sink of(java.util.function.Consumer<Publication> publications, java.util.function.Consumer<Request> requests,
                       java.util.function.Consumer<ImportNote> notes) {
            return new Sink() {
                @Override
                public void publication(Publication p) {
                    publications.accept(p);
                }

                @Override
                public void request(Request r) {
                    requests.accept(r);
                }

                @Override
                public void note(ImportNote n) {
                    notes.accept(n);
                }
            };
        }
    }

    /**
     * Reads a register file like {@link #read(Path)}, handing each record to {@code sink} as it is read: a CSV register
     * of any length is never held whole (an audit of a million publications runs in a small heap).
     *
     * @throws CatalogFormatException naming the file when no sheet has a register's header row
     */
    public static void each(Path file, Sink sink) throws IOException {
        String name = file.getFileName().toString();
        if (org.gkml.catalog.io.Formats.detect(file) == org.gkml.catalog.io.Formats.Format.JSON) {
            Register r = RegisterJson.read(java.nio.file.Files.readString(file, StandardCharsets.UTF_8), name); // the wire form
            for (Publication p : r.publications()) {
                sink.publication(p);
            }
            for (Request q : r.requests()) {
                sink.request(q);
            }
            return;
        }
        SheetReading reading = new SheetReading(name, sink);
        SheetTables.each(file, reading::row);
        if (!reading.found) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "no register found in " + name
                    + ": no row names the columns of a publication register (索引号, 标题, 发布日期 …) or a request register "
                    + "(申请编号, 收到申请日期, 申请人类型 …)");
        }
    }

    /** Rows of the sheets of one file, a sheet's first 30 held until its header row is found. */
    private static final class SheetReading {
        private static final int HEADER_SEARCH_ROWS = 30;
        final String name;
        final Sink sink;
        boolean found;
        String sheet;
        String[] header;
        Map<Field, Integer> cols;
        boolean requests;

        SheetReading(String name, Sink sink) {
            this.name = name;
            this.sink = sink;
        }

        void row(String sheetName, int r, String[] cells) throws IOException {
            if (!sheetName.equals(sheet)) {
                sheet = sheetName;
                header = null;
                cols = null;
            }
            if (header == null) {
                if (r < HEADER_SEARCH_ROWS && header(cells)) {
                    found = true;
                    header = cells;
                } else if (r >= HEADER_SEARCH_ROWS) {
                    header = new String[0]; // no register on this sheet: its further rows pass by
                }
                return;
            }
            if (cols == null) {
                return;
            }
            List<ImportNote> notes = new ArrayList<>();
            Row row = new Row(name, sheet, cells, r, cols, header, notes);
            if (row.blank()) {
                return;
            }
            String only = row.onlyText();
            if (only != null && FOOTNOTE.matcher(only).find() || cells.length > 0 && java.util.Arrays.equals(cells, header)) {
                // a footnote or a footer under the table (注：…, 填报人：…), or the header repeated on a new page
                sink.note(new ImportNote(sheet, null, r + 1, null, only, ImportAction.SKIPPED, new ImportNote.Reason("脚注、落款或重复的表头，不是记录", "a footnote, footer or repeated header, not a record")));
                return;
            }
            if (requests) {
                sink.request(row.request());
            } else {
                sink.publication(row.publication());
            }
            // a row's notes in column order (A … Z, AA …)
            notes.sort(java.util.Comparator.comparing((ImportNote n) -> n.cell().length()).thenComparing(ImportNote::cell));
            for (ImportNote n : notes) {
                sink.note(n);
            }
        }

        /** Whether a row names the columns of a register; if so, its columns are taken. */
        private boolean header(String[] row) {
            Map<Field, Integer> found = new EnumMap<>(Field.class);
            for (int c = 0; c < row.length; c++) {
                Field f = field(row[c]);
                if (f != null) {
                    found.putIfAbsent(f, c);
                }
            }
            boolean req = found.containsKey(Field.RECEIVED) && (found.containsKey(Field.ID) || found.containsKey(Field.APPLICANT));
            boolean pub = found.containsKey(Field.INDEX_NUMBER) || found.containsKey(Field.PUBLISHED) && found.containsKey(Field.TITLE);
            if (found.size() < 3 || !req && !pub) {
                return false;
            }
            cols = found;
            requests = req;
            return true;
        }
    }

    /** One data row of a register, read by its header's fields. */
    record Row(String file, String sheet, String[] cells, int index, Map<Field, Integer> cols, String[] header,
                       List<ImportNote> notes) {
        /** Notes a cell not taken: text that gave no value, or (its text null) an empty cell the record needs. */
        void unread(Field f, String zh, String en) {
            Integer c = cols.get(f);
            notes.add(new ImportNote(sheet, SheetTables.Sheet.address(index, c), index + 1, c < header.length ? header[c] : null,
                    text(f), ImportAction.DROPPED, new ImportNote.Reason(zh, en)));
        }

        String text(Field f) {
            Integer c = cols.get(f);
            if (c == null || c >= cells.length || cells[c] == null) {
                return null;
            }
            String s = cells[c].strip();
            return s.isEmpty() || s.equals("/") || s.equals("—") || s.equals("-") || s.equals("无") ? null : s;
        }

        /** The one text a row holds when it holds only one (a footnote), else null. */
        String onlyText() {
            String only = null;
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    if (only != null && !only.equals(c.strip())) {
                        return null;
                    }
                    only = c.strip();
                }
            }
            return only;
        }

        boolean blank() {
            for (Integer c : cols.values()) {
                if (c < cells.length && cells[c] != null && !cells[c].isBlank()) {
                    return false;
                }
            }
            return true;
        }

        String where(Field f) {
            Integer c = cols.get(f);
            String cell = SheetTables.Sheet.address(index, c == null ? 0 : c);
            return (file.startsWith(sheet + ".") ? file : file + "!" + sheet) + "!" + cell;
        }

        LocalDate date(Field f) {
            String t = text(f);
            LocalDate d = LedgerDates.parse(t);
            if (d == null && t != null) {
                unread(f, "不是日期（应写作 2025-03-04、2025/3/4、2025年3月4日 或 2025.3.4）", "not a date (expected 2025-03-04, 2025/3/4, 2025年3月4日 or 2025.3.4)");
            }
            return d;
        }

        /** A value read by a parser from a cell's text, noted when the text gives none. */
        <T> T known(Field f, java.util.function.Function<String, T> parser, String expectedZh, String expected) {
            String t = text(f);
            T v = t == null ? null : parser.apply(t);
            if (v == null && t != null) {
                unread(f, "不是" + expectedZh, "not " + expected);
            }
            return v;
        }

        /** 是否延期: 是, 是（延期20个工作日）, 延期, 已延期 — not 否, 未延期, 不延期. */
        static boolean extended(String t) {
            if (t == null) {
                return false;
            }
            String k = t.strip();
            return k.startsWith("是") || k.equalsIgnoreCase("true") || k.contains("延期") && !k.matches(".*(未|否|不|无).*");
        }

        /** 复议后起诉 (after a review) or 直接起诉 / 未经复议直接起诉 (directly). */
        static boolean afterReview(String t) {
            return t != null && (t.contains("复议后") || t.contains("复议") && !t.contains("未经复议") && !t.contains("直接"));
        }

        Publication publication() {
            String channels = text(Field.CHANNELS);
            return new Publication(text(Field.INDEX_NUMBER), text(Field.TITLE), text(Field.DOC_NUMBER),
                    Publication.Kind.of(text(Field.KIND)), text(Field.ITEM), text(Field.PUBLISHER), date(Field.FORMED),
                    date(Field.PUBLISHED), channels == null ? List.of() : List.of(channels.split("[、,，;；/]")),
                    new Publication.Validity(known(Field.VALIDITY, Publication.Status::of, "效力状态（有效、失效、废止）", "a status (有效, 失效, 废止)"), date(Field.EFFECTIVE),
                            date(Field.EXPIRES), date(Field.REPEALED), text(Field.REPEALED_BY)),
                    text(Field.INTERPRETS), where(Field.INDEX_NUMBER));
        }

        Request request() {
            LocalDate supplementAsked = date(Field.SUPPLEMENT_REQUESTED);
            LocalDate supplementBack = date(Field.SUPPLEMENT_RECEIVED);
            LocalDate sent = date(Field.CONSULTATION_SENT);
            LocalDate answered = date(Field.CONSULTATION_ANSWERED);
            String extended = text(Field.EXTENDED);
            String group = text(Field.OUTCOME_GROUP);
            String detail = text(Field.OUTCOME_DETAIL);
            DecisionResult review = known(Field.REVIEW_RESULT, DecisionResult::of, "复议结果（维持、纠正、其他、尚未审结）", "a review result (维持, 纠正, 其他, 尚未审结)");
            LocalDate reviewDecided = date(Field.REVIEW_DECIDED);
            String suit = text(Field.LITIGATION_TYPE);
            DecisionResult suitResult = known(Field.LITIGATION_RESULT, DecisionResult::of, "诉讼结果（维持、纠正、其他、尚未审结）", "a lawsuit result (维持, 纠正, 其他, 尚未审结)");
            LocalDate suitDecided = date(Field.LITIGATION_DECIDED);
            String outcomeText = group == null ? detail : detail == null ? group : group + "-" + detail;
            ApplicantType applicant = known(Field.APPLICANT, ApplicantType::of,
                    "申请人类型（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）",
                    "an applicant type (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他)");
            LocalDate received = date(Field.RECEIVED);
            // not a crash, not lost in silence: a request without these is left out of the audit or the report, and said so
            if (text(Field.RECEIVED) == null) {
                unread(Field.RECEIVED, "没有收到申请的日期：此申请既不审计，也不计入年度报告", "no date of receipt: the request is neither audited nor counted in the annual report");
            }
            if (text(Field.APPLICANT) == null && cols.containsKey(Field.APPLICANT)) {
                unread(Field.APPLICANT, "没有申请人类型：此申请不计入年度报告的表三", "no applicant type: the request is not counted in the annual report's table 三");
            }
            return new Request(text(Field.ID), received, applicant,
                    supplementAsked == null && supplementBack == null ? null : new Request.Supplement(supplementAsked, supplementBack),
                    extended(extended),
                    sent == null && answered == null ? null : new Request.Consultation(sent, answered),
                    date(Field.REPLIED), Outcome.of(group, detail), outcomeText,
                    review == null && reviewDecided == null ? null : new Request.Review(review, reviewDecided),
                    suit == null && suitResult == null && suitDecided == null ? null
                            : new Request.Litigation(afterReview(suit), suitResult, suitDecided),
                    where(Field.ID));
        }
    }
}

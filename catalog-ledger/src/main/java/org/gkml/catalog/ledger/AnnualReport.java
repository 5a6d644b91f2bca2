package org.gkml.catalog.ledger;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.catalog.io.json.JsonOut;

/**
 * The statutory annual report (政府信息公开工作年度报告, 《条例》第四十九、五十条) of one publisher for one year, in the
 * national format of 2021: table 二 第（一）项 from the publications, table 三 from the requests (with its balance
 * per column), table 四 from the reviews and lawsuits; the numbers other systems keep (行政许可, 行政处罚, 行政强制, 收费)
 * are {@link Figures} the user supplies, null when not supplied (never 0). Immutable and thread-safe.
 *
 * @since 0.2
 */
public record AnnualReport(int year, String publisher, LocalDate due, Map<Publication.Kind, Documents> documents,
                           Figures figures, Map<String, int[]> requestRows, List<String> unbalancedColumns,
                           Map<String, Decisions> reviews) {

    public AnnualReport {
        documents = Map.copyOf(documents);
        requestRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requestRows));
        unbalancedColumns = List.copyOf(unbalancedColumns);
        reviews = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reviews));
    }

    /** 本年制发件数, 本年废止件数, 现行有效件数 of one kind of document. */
    public record Documents(int issued, int repealed, int inForce) {
    }

    /**
     * The numbers from other systems: 行政许可 and 行政处罚/行政强制 decisions, and fees in 万元 (a decimal); null where
     * not supplied.
     */
    public record Figures(Integer licensing, Integer penalty, Integer enforcement, BigDecimal fees) {
        /** None supplied. */
        public static final Figures NONE = new Figures(null, null, null, null);
    }

    /** One line of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
    public record Decisions(int upheld, int corrected, int other, int pending) {
        public int total() {
            return upheld + corrected + other + pending;
        }
    }

    /** Whether every column of table 三 balances: 一 + 二 = 三（七） + 四. */
    public boolean balanced() {
        return unbalancedColumns.isEmpty();
    }

    /** The columns of table 三, in the report's order: the six applicant types, then the total. */
    public static List<String> columns() {
        List<String> c = new ArrayList<>();
        for (ApplicantType a : ApplicantType.values()) {
            c.add(a.token());
        }
        c.add("total");
        return c;
    }

    /** The report as JSON (the contract of the command line; {@code schema/annual-report.schema.json}). */
    public String toJson() {
        StringWriter w = new StringWriter();
        try {
            writeJson(w);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return w.toString();
    }

    /** Writes the report as pretty JSON. */
    public void writeJson(Writer w) throws IOException {
        JsonOut o = new JsonOut(w, true);
        o.beginObject();
        o.key("year").value(year);
        o.fieldOrNull("publisher", publisher);
        o.field("due", due.toString());
        o.key("proactive").beginObject();
        for (Publication.Kind k : List.of(Publication.Kind.REGULATION, Publication.Kind.NORMATIVE_DOCUMENT)) {
            Documents d = documents.get(k);
            o.key(k.token()).beginObject().key("issued").value(d.issued()).key("repealed").value(d.repealed())
                    .key("inForce").value(d.inForce()).endObject();
        }
        o.fieldOrNull("licensing", figures.licensing()).fieldOrNull("penalty", figures.penalty())
                .fieldOrNull("enforcement", figures.enforcement())
                .fieldOrNull("fees", figures.fees() == null ? null : figures.fees().toPlainString()); // 万元 as written: a string
        o.endObject();
        o.key("requests").beginObject();
        o.key("columns").beginArray();
        for (String c : columns()) {
            o.value(c);
        }
        o.endArray();
        o.key("rows").beginObject();
        for (Map.Entry<String, int[]> row : requestRows.entrySet()) {
            o.key(row.getKey()).beginArray();
            for (int n : row.getValue()) {
                o.value(n);
            }
            o.endArray();
        }
        o.endObject();
        o.key("balanced").value(balanced());
        o.endObject();
        o.key("reviews").beginObject();
        for (Map.Entry<String, Decisions> r : reviews.entrySet()) {
            Decisions d = r.getValue();
            o.key(r.getKey()).beginObject().key("upheld").value(d.upheld()).key("corrected").value(d.corrected())
                    .key("other").value(d.other()).key("pending").value(d.pending()).key("total").value(d.total()).endObject();
        }
        o.endObject();
        o.endObject();
        o.drain();
        w.write("\n");
        w.flush();
    }

    /**
     * Computes the report.
     *
     * @param publisher the publisher's name (a government's report is due 31 March, a department's 31 January)
     */
    public static AnnualReport of(int year, String publisher, List<Publication> publications, List<Request> requests, Figures figures) {
        Objects.requireNonNull(figures, "figures");
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<Publication.Kind, Documents> docs = new EnumMap<>(Publication.Kind.class);
        for (Publication.Kind k : Publication.Kind.values()) {
            int issued = 0;
            int repealed = 0;
            int inForce = 0;
            for (Publication p : publications) {
                if (p.kind() != k) {
                    continue;
                }
                if (p.formed() != null && p.formed().getYear() == year) {
                    issued++;
                }
                if (p.validity().repealed() != null && p.validity().repealed().getYear() == year) {
                    repealed++;
                }
                if (p.formed() != null && !p.formed().isAfter(end) && p.validity().inForceOn(end)) {
                    inForce++;
                }
            }
            docs.put(k, new Documents(issued, repealed, inForce));
        }
        int width = ApplicantType.values().length + 1;
        Map<String, int[]> rows = new LinkedHashMap<>();
        rows.put("newlyReceived", new int[width]);
        rows.put("carriedOver", new int[width]);
        for (Outcome o : Outcome.values()) {
            rows.put(o.token(), new int[width]);
        }
        rows.put("total", new int[width]);
        rows.put("carriedForward", new int[width]);
        for (Request r : requests) {
            if (r.applicant() == null || r.received() == null) {
                continue; // cannot be placed in a column: an audit finding, not a number of the report
            }
            int col = r.applicant().ordinal();
            boolean repliedBefore = r.replied() != null && r.replied().isBefore(start);
            boolean repliedIn = r.replied() != null && !r.replied().isBefore(start) && !r.replied().isAfter(end);
            if (r.received().getYear() == year) {
                add(rows.get("newlyReceived"), col);
            } else if (r.received().isBefore(start) && !repliedBefore) {
                add(rows.get("carriedOver"), col);
            }
            if (repliedIn && r.outcome() != null) {
                add(rows.get(r.outcome().token()), col);
                add(rows.get("total"), col);
            }
            if (!r.received().isAfter(end) && (r.replied() == null || r.replied().isAfter(end))) {
                add(rows.get("carriedForward"), col);
            }
        }
        List<String> unbalanced = new ArrayList<>();
        List<String> cols = columns();
        for (int c = 0; c < width; c++) {
            if (rows.get("newlyReceived")[c] + rows.get("carriedOver")[c] != rows.get("total")[c] + rows.get("carriedForward")[c]) {
                unbalanced.add(cols.get(c));
            }
        }
        Map<String, Decisions> reviews = new LinkedHashMap<>();
        reviews.put("review", decisions(requests, year, r -> r.review() == null ? null : new Decided(r.review().result(), r.review().decided())));
        reviews.put("litigationDirect", decisions(requests, year, r -> r.litigation() == null || r.litigation().afterReview() ? null
                : new Decided(r.litigation().result(), r.litigation().decided())));
        reviews.put("litigationAfterReview", decisions(requests, year, r -> r.litigation() == null || !r.litigation().afterReview() ? null
                : new Decided(r.litigation().result(), r.litigation().decided())));
        LocalDate due = publisher != null && publisher.contains("人民政府") ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
        return new AnnualReport(year, publisher, due, docs, figures, rows, unbalanced, reviews);
    }

    private static void add(int[] row, int col) {
        row[col]++;
        row[row.length - 1]++;
    }

    private record Decided(DecisionResult result, LocalDate decided) {
    }

    /**
     * Table 四's line for one kind of decision: counted in the year it was decided, or as pending when the request was
     * answered by the end of the year and no decision had come by then.
     */
    private static Decisions decisions(List<Request> requests, int year, java.util.function.Function<Request, Decided> of) {
        LocalDate end = LocalDate.of(year, 12, 31);
        int upheld = 0;
        int corrected = 0;
        int other = 0;
        int pending = 0;
        for (Request r : requests) {
            Decided d = of.apply(r);
            if (d == null) {
                continue;
            }
            boolean decidedIn = d.decided() != null && d.decided().getYear() == year && d.result() != DecisionResult.PENDING;
            if (decidedIn) {
                switch (d.result() == null ? DecisionResult.OTHER : d.result()) {
                    case UPHELD -> upheld++;
                    case CORRECTED -> corrected++;
                    default -> other++;
                }
            } else if (r.replied() != null && !r.replied().isAfter(end) && (d.decided() == null || d.decided().isAfter(end))) {
                pending++;
            }
        }
        return new Decisions(upheld, corrected, other, pending);
    }

    /**
     * The publisher most publications name (the report's publisher when none is given), or null when none names one.
     *
     * @since 0.2
     */
    public static String mostCommonPublisher(java.util.List<Publication> pubs) {
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        for (Publication p : pubs) {
            if (p.publisher() != null) {
                n.merge(p.publisher(), 1, Integer::sum);
            }
        }
        return n.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }
}

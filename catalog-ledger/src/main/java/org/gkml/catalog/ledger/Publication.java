package org.gkml.catalog.ledger;

import java.time.LocalDate;
import java.util.List;
import org.gkml.catalog.model.Token;

/**
 * One record of the publication register (主动公开信息台账): a document or item of information published under a
 * catalog entry. Immutable and thread-safe; any field may be null where the register leaves it blank.
 *
 * @param indexNumber 索引号 ({@code 11371524MB2853207F/2025-00012})
 * @param title 标题
 * @param docNumber 发文字号
 * @param kind regulation, normative document, interpretation or other
 * @param item the code of the catalog entry it is published under
 * @param publisher 发布机构
 * @param formed the day the information was formed or changed (the deadline's trigger)
 * @param published the day it went out
 * @param channels where it went out, as written
 * @param validity its status and dates
 * @param interprets for an interpretation: the index number or document number of the document it explains
 * @param source where the record is in its register ({@code publications.csv!B12})
 * @since 0.2
 */
public record Publication(String indexNumber, String title, String docNumber, Kind kind, String item, String publisher,
                          LocalDate formed, LocalDate published, List<String> channels, Validity validity,
                          String interprets, String source) {

    public Publication {
        channels = channels == null ? List.of() : List.copyOf(channels);
        validity = validity == null ? Validity.UNKNOWN : validity;
    }

    /** What a published document is, as the annual report counts it. */
    public enum Kind implements Token {
        REGULATION("regulation"), NORMATIVE_DOCUMENT("normativeDocument"), INTERPRETATION("interpretation"), OTHER("other");

        private final String token;

        Kind(String token) {
            this.token = token;
        }

        /** The stable token. */
        public String token() {
            return token;
        }

        /** The kind a register's cell names (规章, 行政规范性文件, 政策解读 …); OTHER for anything else. */
        public static Kind of(String text) {
            String t = text == null ? "" : org.gkml.catalog.model.ChineseText.fold(text).replaceAll("\\s", "");
            if (t.equals("regulation") || t.equals("规章") || t.endsWith("规章") && !t.contains("规范性")) {
                return REGULATION;
            }
            if (t.equals("normativeDocument") || t.contains("规范性文件")) {
                return NORMATIVE_DOCUMENT;
            }
            if (t.equals("interpretation") || t.contains("解读")) {
                return INTERPRETATION;
            }
            return OTHER;
        }
    }

    /** A validity status: 有效, 失效 (expired), 废止 (repealed). */
    public enum Status implements Token {
        VALID("valid"), EXPIRED("expired"), REPEALED("repealed");

        private final String token;

        Status(String token) {
            this.token = token;
        }

        /** The stable token. */
        public String token() {
            return token;
        }

        /** The status a cell names (有效, 现行有效, 继续有效, 失效, 已失效, 废止, 已废止), or null. */
        public static Status of(String text) {
            String t = text == null ? "" : org.gkml.catalog.model.ChineseText.fold(text).replaceAll("\\s", "");
            if (t.isEmpty()) {
                return null;
            }
            if (t.contains("废止") || t.equals("repealed")) {
                return REPEALED;
            }
            if (t.contains("失效") || t.equals("expired")) {
                return EXPIRED;
            }
            if (t.contains("有效") || t.equals("valid")) {
                return VALID;
            }
            return null;
        }
    }

    /**
     * Whether a document is in force and until when.
     *
     * @param status 有效 / 失效 / 废止 as exported (null when not stated)
     * @param effective 生效日期
     * @param expires 有效期至
     * @param repealed 废止日期
     * @param repealedBy the repealing document (废止文件)
     */
    public record Validity(Status status, LocalDate effective, LocalDate expires, LocalDate repealed, String repealedBy) {
        /** Nothing stated. */
        public static final Validity UNKNOWN = new Validity(null, null, null, null, null);

        /** Whether the document was in force at the end of a day, worked out from the dates (not the exported status). */
        public boolean inForceOn(LocalDate day) {
            return (repealed == null || repealed.isAfter(day)) && (expires == null || !expires.isBefore(day));
        }
    }
}

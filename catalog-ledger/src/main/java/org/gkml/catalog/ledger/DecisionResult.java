package org.gkml.catalog.ledger;

import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Token;

/** The result of an administrative review or a lawsuit, as table 四 counts it. @since 0.2 */
public enum DecisionResult implements Token {
    UPHELD("upheld", "维持"),
    CORRECTED("corrected", "纠正"),
    OTHER("other", "其他"),
    PENDING("pending", "尚未审结");

    private final String token;
    private final String label;

    DecisionResult(String token, String label) {
        this.token = token;
        this.label = label;
    }

    /** The stable token ({@code upheld}). */
    public String token() {
        return token;
    }

    /** The report's wording ({@code 结果维持} without 结果). */
    public String label() {
        return label;
    }

    /** The result a cell names (结果维持, 维持, 撤销 → corrected …), or null. */
    public static DecisionResult of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = ChineseText.fold(text).replaceAll("\\s", "").replaceFirst("^结果", "");
        for (DecisionResult r : values()) {
            if (t.equals(r.label) || t.equals(r.token)) {
                return r;
            }
        }
        if (t.contains("维持") || t.contains("驳回")) {
            return UPHELD;
        }
        if (t.contains("纠正") || t.contains("撤销") || t.contains("确认违法") || t.contains("责令")) {
            return CORRECTED;
        }
        if (t.contains("未审结") || t.contains("审理中") || t.contains("在审")) {
            return PENDING;
        }
        if (t.startsWith("其他") || t.contains("终止") || t.contains("撤回")) {
            return OTHER;
        }
        return null;
    }
}

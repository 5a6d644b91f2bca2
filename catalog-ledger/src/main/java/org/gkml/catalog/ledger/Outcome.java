package org.gkml.catalog.ledger;

import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Token;

/**
 * How a request was handled: the rows of table 三 of the national annual report format (2021), in its order, each with
 * its token, its group (办理结果) and its row label (具体情形).
 *
 * @since 0.2
 */
public enum Outcome implements Token {
    DISCLOSED("disclosed", "予以公开", null),
    PARTLY_DISCLOSED("partlyDisclosed", "部分公开", null),
    STATE_SECRET("withheld.stateSecret", "不予公开", "属于国家秘密"),
    PROHIBITED_BY_LAW("withheld.prohibitedByLaw", "不予公开", "其他法律行政法规禁止公开"),
    THREE_SAFETIES_ONE_STABILITY("withheld.threeSafetiesOneStability", "不予公开", "危及“三安全一稳定”"),
    THIRD_PARTY_RIGHTS("withheld.thirdPartyRights", "不予公开", "保护第三方合法权益"),
    INTERNAL_AFFAIRS("withheld.internalAffairs", "不予公开", "属于三类内部事务信息"),
    PROCESS_INFORMATION("withheld.processInformation", "不予公开", "属于四类过程性信息"),
    ENFORCEMENT_CASE_FILE("withheld.enforcementCaseFile", "不予公开", "属于行政执法案卷"),
    INQUIRY("withheld.inquiry", "不予公开", "属于行政查询事项"),
    NOT_HELD("unavailable.notHeld", "无法提供", "本机关不掌握相关政府信息"),
    NEEDS_CREATION("unavailable.needsCreation", "无法提供", "没有现成信息需要另行制作"),
    UNCLEAR_AFTER_SUPPLEMENT("unavailable.unclearAfterSupplement", "无法提供", "补正后申请内容仍不明确"),
    COMPLAINT("notProcessed.complaint", "不予处理", "信访举报投诉类申请"),
    REPEATED("notProcessed.repeated", "不予处理", "重复申请"),
    PUBLICATION("notProcessed.publication", "不予处理", "要求提供公开出版物"),
    EXCESSIVE("notProcessed.excessive", "不予处理", "无正当理由大量反复申请"),
    CONFIRMATION("notProcessed.confirmation", "不予处理", "要求行政机关确认或重新出具已获取信息"),
    NO_SUPPLEMENT("other.noSupplement", "其他处理", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    UNPAID_FEE("other.unpaidFee", "其他处理", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER("other.other", "其他处理", "其他");

    private final String token;
    private final String group;
    private final String label;

    Outcome(String token, String group, String label) {
        this.token = token;
        this.group = group;
        this.label = label;
    }

    /** The stable token ({@code withheld.stateSecret}). */
    public String token() {
        return token;
    }

    /** The group of table 三 (予以公开, 不予公开 …). */
    public String group() {
        return group;
    }

    /** The row label of table 三 ({@code 属于国家秘密}), or null for the groups that are rows themselves. */
    public String label() {
        return label;
    }

    /**
     * The outcome a register states: its group and row label in two cells, or both in one (不予公开-属于国家秘密,
     * 不予公开（属于国家秘密）), or a token; null when the text names no row of the report.
     */
    public static Outcome of(String group, String detail) {
        String g = fold(group);
        String d = fold(detail);
        if (g.isEmpty() && d.isEmpty()) {
            return null;
        }
        for (Outcome o : values()) {
            if (o.token.equals(group == null ? null : group.strip()) || o.token.equals(detail == null ? null : detail.strip())) {
                return o;
            }
        }
        String both = g + d;
        Outcome best = null;
        for (Outcome o : values()) {
            String og = fold(o.group);
            if (o.label == null) {
                if (g.equals(og) && (d.isEmpty() || d.equals(og)) || both.equals(og)) {
                    return o;
                }
                continue;
            }
            String ol = fold(o.label);
            if ((g.isEmpty() || g.equals(og) || g.startsWith(og)) && (d.equals(ol) || both.endsWith(ol))) {
                best = o;
            }
        }
        if (best != null) {
            return best;
        }
        return null;
    }

    /** Text folded for matching: width, script, spaces, numbering (1. （一）) and brackets removed. */
    private static String fold(String s) {
        if (s == null) {
            return "";
        }
        String f = ChineseText.fold(s).replaceAll("^[（(]?[一二三四五六七八九十\\d]+[)）.、．]?", "");
        return f.replaceAll("[\\s\\-—–:：（）()“”\"]", "");
    }
}

package org.gkml.catalog.ledger;

import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Token;

/** Who applied: the columns of table 三 of the annual report. @since 0.2 */
public enum ApplicantType implements Token {
    NATURAL_PERSON("naturalPerson", "自然人"),
    COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
    RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
    SOCIAL_WELFARE_ORGANIZATION("socialWelfareOrganization", "社会公益组织"),
    LEGAL_SERVICE_ORGANIZATION("legalServiceOrganization", "法律服务机构"),
    OTHER_ORGANIZATION("otherOrganization", "其他");

    private final String token;
    private final String label;

    ApplicantType(String token, String label) {
        this.token = token;
        this.label = label;
    }

    /** The stable token ({@code naturalPerson}). */
    public String token() {
        return token;
    }

    /** The column label of the report ({@code 自然人}). */
    public String label() {
        return label;
    }

    /** The type a register's cell names (its label, a common short form, or the token), or null. */
    public static ApplicantType of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = ChineseText.fold(text).replaceAll("\\s", "");
        for (ApplicantType a : values()) {
            if (t.equals(a.label) || t.equals(a.token)) {
                return a;
            }
        }
        if (t.equals("公民") || t.equals("个人") || t.equals("自然人申请")) {
            return NATURAL_PERSON;
        }
        if (t.contains("企业") || t.equals("公司")) {
            return COMMERCIAL_ENTERPRISE;
        }
        if (t.contains("科研") || t.contains("高校") || t.contains("研究")) {
            return RESEARCH_INSTITUTION;
        }
        if (t.contains("公益")) {
            return SOCIAL_WELFARE_ORGANIZATION;
        }
        if (t.contains("律师") || t.contains("法律服务")) {
            return LEGAL_SERVICE_ORGANIZATION;
        }
        if (t.startsWith("其他")) {
            return OTHER_ORGANIZATION;
        }
        return null;
    }
}

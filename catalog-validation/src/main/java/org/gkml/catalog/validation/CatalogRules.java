package org.gkml.catalog.validation;

import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.CreditCode;
import org.gkml.catalog.model.DivisionCode;
import org.gkml.catalog.model.Organization;

/**
 * The catalog-level rules (CAT-001, CAT-003 to CAT-005, ID-001 to ID-003 on the publisher and region), checked on a
 * catalog's header once it is read; CAT-002 (no entries) is checked at the end of the run. Stateless.
 */
final class CatalogRules {

    private CatalogRules() {
    }

    static void check(ValidationRun run, Catalog header, String file, Validator validator) {
        if (header.specVersion() != null && !Catalog.SPEC_VERSION.equals(header.specVersion())) {
            run.add("CAT-004", "/specVersion", null, run.locate("/specVersion", null), header.specVersion(), header.specVersion());
        }
        if (BuiltInRules.blank(header.id()) && file == null) {
            run.add("CAT-005", "/id", null, null, null, "id");
        }
        if (BuiltInRules.blank(header.title()) && file == null) {
            run.add("CAT-005", "/title", null, null, null, "title");
        }
        if (header.publisher() == null ? file == null : BuiltInRules.blank(header.publisher().name())) {
            run.add("CAT-001", "/publisher", null, run.locate("/publisher", null), null);
        }
        if (header.issued() != null && validator.afterToday(header.issued())) {
            run.add("CAT-003", "/issued", null, run.locate("/issued", null), header.issued().toString(), header.issued(), validator.today());
        }
        checkOrganization(run, header.publisher(), "/publisher", validator.locale());
        if (header.region() != null && header.region().code() != null) {
            String problem = DivisionCode.check(header.region().code(), validator.locale()).orElse(null);
            if (problem != null) {
                run.add("ID-002", "/region/code", null, run.locate("/region/code", null), header.region().code(), problem);
            }
        }
    }

    private static void checkOrganization(ValidationRun run, Organization o, String p, java.util.Locale locale) {
        if (o == null) {
            return;
        }
        String credit = o.creditCode() == null ? null : CreditCode.check(o.creditCode(), locale).orElse(null);
        if (credit != null) {
            run.add("ID-001", p + "/creditCode", null, run.locate(p + "/creditCode", null), o.creditCode(), credit);
        }
        String division = o.divisionCode() == null ? null : DivisionCode.check(o.divisionCode(), locale).orElse(null);
        if (division != null) {
            run.add("ID-002", p + "/divisionCode", null, run.locate(p + "/divisionCode", null), o.divisionCode(), division);
        }
        if (o.creditCode() != null && o.divisionCode() != null && CreditCode.isValid(o.creditCode())
                && DivisionCode.isValid(o.divisionCode())) {
            String embedded = o.creditCode().substring(2, 8);
            if (!embedded.equals(o.divisionCode())) {
                run.add("ID-003", p + "/creditCode", null, run.locate(p + "/creditCode", null), o.creditCode(), embedded, o.divisionCode());
            }
        }
    }
}

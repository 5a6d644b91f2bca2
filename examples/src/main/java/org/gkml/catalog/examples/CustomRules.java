package org.gkml.catalog.examples;

import java.util.List;
import java.util.Locale;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.validation.Issue;
import org.gkml.catalog.validation.RuleInfo;
import org.gkml.catalog.validation.RuleProvider;
import org.gkml.catalog.validation.Severity;
import org.gkml.catalog.validation.Validator;

/**
 * A provincial platform's own rule, found through {@link java.util.ServiceLoader} (see
 * {@code META-INF/services/org.gkml.catalog.validation.RuleProvider}): every entry must name a responsible unit.
 */
public final class CustomRules implements RuleProvider {

    @Override
    public List<CustomRule> rules() {
        // --- snippet: rule
        return List.of(new CustomRule(
                new RuleInfo("SD-001", Severity.WARNING, "事项须写明责任单位", "An entry names its responsible unit"),
                "事项“{0}”未写明责任单位", "Entry \"{0}\" names no responsible unit",
                (entry, ctx) -> {
                    if (entry.responsibility() == null || entry.responsibility().unit() == null) {
                        ctx.report("/responsibility", null, entry.name());
                    }
                }));
        // --- end snippet
    }

    public static void main(String[] args) {
        Catalog c = Catalog.builder().id("x").title("示例").publisher("东阿县民政局")
                .entries(List.of(Entry.builder().code("A").name("低保政策").build())).build();
        for (Issue i : Validator.builder().locale(Locale.ENGLISH).build().validate(c).issues("SD-001")) {
            System.out.println(i.rule() + " " + i.severity().token() + ": " + i.message());
        }
    }
}

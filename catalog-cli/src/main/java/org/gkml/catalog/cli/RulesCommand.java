package org.gkml.catalog.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.gkml.catalog.validation.RuleInfo;
import org.gkml.catalog.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catalog rules}: the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Prints the catalogue of validation rules and audit findings (id, default severity, description).")
final class RulesCommand extends ContextCommand implements Callable<Integer> {


    @Override
    public Integer call() {
        Locale l = locale();
        for (RuleInfo r : Validator.defaults().rules()) {
            ctx.out.println(String.format("%-10s %-8s %s", r.id(), r.severity().token(), r.title(l)));
        }
        for (String id : org.gkml.catalog.ledger.Audit.rules()) { // the audit of the registers
            ctx.out.println(String.format("%-10s %-8s %s", id, org.gkml.catalog.ledger.Audit.severity(id),
                    org.gkml.catalog.ledger.Audit.title(id, l)));
        }
        return 0;
    }
}

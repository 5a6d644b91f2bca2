package org.gkml.catalog.cli;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code catalog schema json|xsd|report|changeset|audit|annual-report|register}. */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Prints a normative schema: json (catalog JSON Schema), xsd, report, changeset, audit, annual-report, register.")
final class SchemaCommand extends ContextCommand implements Callable<Integer> {

    private static final Map<String, String> FILES = Map.of("json", "catalog.schema.json", "xsd", "catalog.xsd",
            "report", "validation-report.schema.json", "changeset", "changeset.schema.json", "audit", "audit.schema.json",
            "annual-report", "annual-report.schema.json", "register", "register.schema.json");

    @Parameters(index = "0", paramLabel = "KIND", description = "json, xsd, report, changeset, audit, annual-report or register", descriptionKey = "KIND")
    String kind;

    @Override
    public Integer call() throws Exception {
        String file = FILES.get(kind);
        if (file == null) {
            ctx.err.println(say("catalog: 未知的模式 \"" + kind + "\"，应为 json、xsd、report、changeset、audit、annual-report 或 register",
                    "catalog: unknown schema \"" + kind + "\"; expected json, xsd, report, changeset, audit, annual-report or register"));
            return 2;
        }
        try (InputStream in = SchemaCommand.class.getResourceAsStream("/org/gkml/catalog/schema/" + file)) {
            if (in == null) {
                ctx.err.println(say("catalog: 本版本不含 " + kind + " 模式", "catalog: the " + kind + " schema is not part of this version"));
                return 2;
            }
            in.transferTo(ctx.out);
        }
        ctx.out.flush();
        return 0;
    }
}

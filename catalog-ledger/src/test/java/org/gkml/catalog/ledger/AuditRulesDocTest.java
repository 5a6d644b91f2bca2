package org.gkml.catalog.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every audit rule has a severity and titles in both languages, and docs/rules.md lists it as it is. */
class AuditRulesDocTest {

    @Test
    void docsListEveryAuditRule() throws Exception {
        String doc = Files.readString(Path.of("../docs/rules.md"));
        for (String id : Audit.rules()) {
            String line = "| " + id + " | " + Audit.severity(id) + " | " + Audit.title(id, Locale.ROOT) + " | "
                    + Audit.title(id, Locale.ENGLISH) + " |";
            assertTrue(doc.contains(line), line);
        }
        assertTrue(Audit.rules().size() == 11, Audit.rules().toString());
    }
}

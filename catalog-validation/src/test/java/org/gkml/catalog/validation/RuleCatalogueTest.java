package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gkml.catalog.conformance.JsonSchemaCheck;
import org.junit.jupiter.api.Test;

/** Every rule has a description and a message in both languages; the sample catalog is valid everywhere. */
class RuleCatalogueTest {

    @Test
    void everyRule_hasTitlesAndMessagesInChineseAndEnglish() {
        List<RuleInfo> rules = Validator.builtInRules();
        assertTrue(rules.size() >= 30, "rules: " + rules.size());
        for (RuleInfo r : rules) {
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                assertNotNull(r.title(l), r.id() + " title " + l);
                assertFalse(r.title(l).isBlank(), r.id() + " title " + l);
                assertNotNull(Messages.get(l, r.id() + ".message"), r.id() + " message " + l);
            }
            assertFalse(r.titleZh().equals(r.titleEn()), r.id() + " is translated");
        }
    }

    @Test
    void rulesDocument_listsEveryRule() throws Exception {
        String doc = Files.readString(Path.of("../docs/rules.md"));
        for (RuleInfo r : Validator.builtInRules()) {
            assertTrue(doc.contains("| " + r.id() + " | " + r.severity().token() + " |"), r.id() + " in docs/rules.md");
        }
    }

    @Test
    void sampleCatalog_conformsToSchema_andHasNoErrors() throws Exception {
        Path sample = Path.of("../examples/catalogs/county-sample.json");
        assertEquals(List.of(), JsonSchemaCheck.check(Files.readString(sample), "county-sample.json"));
        for (String f : new String[] {"county-sample.json", "county-sample.xml", "county-sample-2026.json"}) {
            ValidationReport r = Validator.builder().serviceLoader(false).build().validate(Path.of("../examples/catalogs/" + f));
            assertEquals(0, r.errors(), f + ": " + r.issues());
        }
    }
}

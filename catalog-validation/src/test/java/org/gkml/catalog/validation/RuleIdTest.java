package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleIdTest {

    @Test
    void wellFormed_isTheDocumentedPattern_onSeededIds() {
        Random r = new Random(7);
        String alphabet = "AZ09-a_Q-";
        int matching = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(9);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String id = r.nextInt(4) == 0 ? "CH-00" + r.nextInt(10) + b : b.toString();
            boolean expected = id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
            matching += expected ? 1 : 0;
            assertEquals(expected, RuleInfo.wellFormed(id), id);
        }
        assertEquals(true, matching > 10_000, "ids of both kinds: " + matching);
        for (String id : BuiltInRules.SEVERITIES.keySet()) {
            assertEquals(true, RuleInfo.wellFormed(id), id);
        }
    }
}

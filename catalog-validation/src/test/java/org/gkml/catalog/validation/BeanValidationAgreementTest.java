package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast built-in checks and Hibernate Validator on the model's constraints (the reference) give the same
 * rules for the same entries, over generated entries with random missing or blank elements.
 */
class BeanValidationAgreementTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 60).map(i -> 555L + i);
    }

    private static Entry mutate(Entry e, Random r) {
        Entry.Builder b = e.toBuilder();
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
            switch (r.nextInt(10)) {
                case 0: b.name(r.nextBoolean() ? null : "  "); break;
                case 1: b.code(r.nextBoolean() ? null : ""); break;
                case 2: b.content(r.nextBoolean() ? null : new Content(" ", List.of())); break;
                case 3: b.deadline((org.gkml.catalog.model.Deadline) null); break;
                case 4: b.subjects(r.nextBoolean() ? List.of() : List.of(Organization.named(""))); break;
                case 5: b.method(null); break;
                case 6: b.audience(r.nextBoolean() ? null : new Audience(null, "某群体")); break;
                default: break;
            }
        }
        return b.build();
    }

    private static TreeSet<String> ids(ValidationReport r) {
        TreeSet<String> s = new TreeSet<>();
        for (Issue i : r.issues()) {
            if (BeanCheck.RULES.contains(i.rule())) {
                s.add(i.entry() + " " + i.rule() + " " + i.path() + " " + i.value() + " " + i.message());
            }
        }
        return s;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void builtInChecks_agreeWithHibernateValidator(long seed) {
        CatalogGenerator g = new CatalogGenerator(seed);
        Random r = new Random(seed);
        Catalog c = g.catalog(20);
        List<Entry> mutated = c.entries().stream().map(e -> mutate(e, r)).toList();
        Catalog bad = c.withEntries(mutated);
        ValidationReport fast = Validator.builder().serviceLoader(false).build().validate(bad);
        ValidationReport reference = Validator.builder().serviceLoader(false).beanValidation(true).build().validate(bad);
        assertEquals(ids(reference), ids(fast), "seed " + seed);
        assertEquals(fast.valid(), reference.valid(), "seed " + seed);
    }
}

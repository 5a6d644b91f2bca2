package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "11610923MB2900168E", "1134082855783407XL"})
    void creditCode_domainExamples_areValid(String code) {
        assertTrue(CreditCode.isValid(code));
        assertEquals(code, CreditCode.parse(" " + code.toLowerCase() + " ").value());
        assertTrue(OrganizationCode.isValid(CreditCode.parse(code).organizationCode()), "embedded organisation code");
    }

    @Test
    void creditCode_wrongCheck_messageQuotesInputAndExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CreditCode.parse("91350100M000100Y44"));
        assertTrue(e.getMessage().contains("\"91350100M000100Y44\""), e.getMessage());
        assertTrue(e.getMessage().contains("expected '3'"), e.getMessage());
    }

    @Test
    void creditCode_badAlphabetAndLength() {
        assertFalse(CreditCode.isValid("91350100M000100I43"));
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
        assertTrue(CreditCode.check("9135010OM000100Y43").orElseThrow().contains("position 8"));
    }

    @Test
    void organizationCode_hyphenAndCheck() {
        assertEquals("M000100Y4", OrganizationCode.parse("M000100Y-4").value());
        assertFalse(OrganizationCode.isValid("M000100Y5"));
    }

    @Test
    void divisionCode_structure() {
        assertTrue(DivisionCode.isValid("371524"));
        assertTrue(DivisionCode.parse("371524").isCountyLevel());
        assertFalse(DivisionCode.isValid("37152"));
        assertFalse(DivisionCode.isValid("991524"));
        assertFalse(DivisionCode.isValid("370024"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DivisionCode.parse("37x524"))
                .getMessage().contains("37x524"));
    }
}

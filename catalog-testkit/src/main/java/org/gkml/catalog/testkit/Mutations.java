package org.gkml.catalog.testkit;

/**
 * Structural mutations of generated catalog JSON, as pairs {what, replacement}: types, tokens, unknown and missing
 * keys, tags. Shared by the tests that compare the readers with an independent validator and those that check the
 * findings' wording.
 */
public final class Mutations {
    private Mutations() {
    }

    /** The pairs: the first occurrence of element 0 at or after a seeded position is replaced by element 1. */
    public static final String[][] STRUCTURAL = {
        {"\"method\": \"proactive\"", "\"method\": \"主动\""},
        {"\"method\": \"proactive\"", "\"method\": 3"},
        {"\"unit\": \"workingDay\"", "\"unit\": \"days\""},
        {"\"amount\": ", "\"amount\": \"7\", \"y\": "},
        {"\"amount\": 1", "\"amount\": 1.5"},
        {"\"amount\": 1", "\"amount\": -1"},
        {"\"type\": \"within\"", "\"type\": \"soon\""},
        {"\"type\": \"byDate\"", "\"type\": \"byDate\", \"amount\": 3"},
        {"\"type\": \"immediate\"", "\"type\": \"sameAsAbove\", \"conditions\": []"},
        {"\"category\": [", "\"category\": [5], \"c0\": ["},
        {"\"category\": [", "\"category\": {}, \"c2\": ["},
        {"\"levels\": [", "\"levels\": [\"mars\"], \"l0\": ["},
        {"\"channels\": [", "\"channels\": [{\"type\": \"bogus\"}], \"ch0\": ["},
        {"\"channels\": [", "\"channels\": [{\"url\": \"x\"}], \"ch1\": ["},
        {"\"audience\": {", "\"audience\": {\"who\": 1, "},
        {"\"content\": {", "\"content\": {\"more\": [], "},
        {"\"basis\": [", "\"basis\": [{\"title\": 5}], \"b0\": ["},
        {"\"subjects\": [", "\"subjects\": [\"民政局\"], \"s0\": ["},
        {"\"responsibility\": {", "\"responsibility\": {\"phone\": \"1\", "},
        {"\"code\": \"", "\"colour\": \"red\", \"code\": \""},
        {"\"code\": \"", "\"extensions\": [1], \"code\": \""},
        {"\"type\": \"permanent\"", "\"type\": 1"},
        {"\"specVersion\": \"1.0\"", "\"specVersion\": 1"},
        {"\"issued\": \"", "\"issued\": \"20240101\", \"x\": \""},
        {"\"status\": \"", "\"status\": \"open\", \"s2\": \""},
    };
}

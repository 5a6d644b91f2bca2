/**
 * Seeded generators of random but valid catalogs, entries, deadlines and edits, shared by the tests of every
 * module and by the benchmarks. The same seed always gives the same values; print the seed in a failing test.
 */
package org.gkml.catalog.testkit;

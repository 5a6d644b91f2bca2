/**
 * Immutable values of the proactive disclosure item catalog standard (主动公开事项目录): the catalog and its
 * entries, the closed vocabularies with normalizers for the wordings of real sheets, the deadline grammar
 * ({@link org.gkml.catalog.model.Deadline#parse(String)}), the official working-day calendar and the
 * identifiers (unified social credit code, organisation code, division code).
 *
 * <p>The package knows no format, no framework and no I/O beyond reading its own bundled data.
 */
package org.gkml.catalog.model;

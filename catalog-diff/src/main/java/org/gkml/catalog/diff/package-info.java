/**
 * Diff, patch and merge of catalog versions: entry matching (code, natural key, similarity on the leftovers),
 * field changes labelled with their openness effect (less-open changes first), change sets as JSON, Markdown,
 * HTML and RFC 6902 JSON Patch; apply and three-way merge. Entry point: {@link org.gkml.catalog.diff.CatalogDiff}.
 */
package org.gkml.catalog.diff;

/**
 * Legacy spreadsheets: reading real CSV/XLSX catalog tables (title rows, grouped headers, tick grids, ■□
 * checklists, merged and continuation rows, 同上) into catalogs with a report of every cell that was dropped,
 * guessed or could not be parsed; and export to the standard template.
 */
package org.gkml.catalog.io.sheet;

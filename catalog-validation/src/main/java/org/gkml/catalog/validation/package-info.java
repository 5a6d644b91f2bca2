/**
 * Validation of catalogs: rules with stable ids ({@code REQ-001}, {@code DL-001} …), profiles, plug-in rules, and
 * reports (JSON, text, HTML) with JSON Pointers, file locations or sheet cells, in Chinese and English.
 * Entry point: {@link org.gkml.catalog.validation.Validator}.
 */
package org.gkml.catalog.validation;

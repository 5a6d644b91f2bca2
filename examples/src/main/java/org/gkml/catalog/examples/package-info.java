/** Small runnable programs, one per user job; the README's snippets are taken from them. */
package org.gkml.catalog.examples;

/** The {@code catalog} command-line tool: parses arguments, calls one flow, renders, maps outcomes to exit codes. */
package org.gkml.catalog.cli;

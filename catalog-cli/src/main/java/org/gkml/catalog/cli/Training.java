package org.gkml.catalog.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The training run of the class-data archive made at build time ({@code catalog-cli/target/catalog.jsa}): the first
 * answers a user asks for — a deadline, the validation of a catalog, the help — in one JVM, their output dropped,
 * so that the archive holds the classes they load. Not a command; {@code java -XX:ArchiveClassesAtExit=catalog.jsa
 * -cp catalog.jar org.gkml.catalog.cli.Training SAMPLE.json [SAMPLE.xml SAMPLE.xlsx SAMPLE.csv …]}.
 */
final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        CatalogCli.execute(none, none, "deadline", "信息形成之日起20个工作日内", "--from", "2025-09-26");
        CatalogCli.execute(none, none, "deadline", "--lang", "en", "每季度结束后15日内");
        for (String file : args) { // the sample in each form a clerk brings: JSON, XML, a workbook, a table
            CatalogCli.execute(none, none, "validate", file);
        }
        if (args.length > 0) {
            CatalogCli.execute(none, none, "validate", args[0], "--format", "json");
        }
        CatalogCli.execute(none, none, "--help");
    }
}

package org.gkml.catalog.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gkml.catalog.io.xml.SafeXml;
import org.gkml.catalog.io.sheet.SheetExporter;
import org.gkml.catalog.io.sheet.SheetImporter;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import of a generated sheet in the standard template (CSV and XLSX) next to the bare read of the same file
 * (Commons CSV records; a StAX scan of the XLSX sheet part): {@code java -jar benchmarks/target/benchmarks.jar Import}.
 * Each invocation is one whole file; eight warm-up invocations bring every benchmark to its steady state (the import
 * of 100,000 rows needs about six before the JIT has compiled its readers; the first, cold ones are printed as
 * warm-up iterations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ImportBenchmark {

    @Param({"100000"})
    public int rows;

    private Path csv;
    private Path xlsx;

    @Setup
    public void setup() throws IOException {
        Catalog c = new CatalogGenerator(11).catalog(rows);
        csv = java.nio.file.Files.createTempFile("import-bench", ".csv");
        xlsx = java.nio.file.Files.createTempFile("import-bench", ".xlsx");
        try (OutputStream o = java.nio.file.Files.newOutputStream(csv)) {
            SheetExporter.writeCsv(c, o);
        }
        try (OutputStream o = java.nio.file.Files.newOutputStream(xlsx)) {
            SheetExporter.writeXlsx(c, o);
        }
    }

    /** The files the setup wrote, removed (each fork writes its own: left behind, they filled the disk). */
    @TearDown
    public void tearDown() throws IOException {
        java.nio.file.Files.deleteIfExists(csv);
        java.nio.file.Files.deleteIfExists(xlsx);
    }

    /** Baseline: every CSV record parsed by Commons CSV, nothing understood. */
    @Benchmark
    public long baselineCsvRecords() throws IOException {
        long n = 0;
        try (Reader r = java.nio.file.Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
            for (CSVRecord rec : p) {
                n += rec.size();
            }
        }
        return n;
    }

    /** Baseline: a hardened StAX scan of the XLSX sheet part, nothing understood. */
    @Benchmark
    public long baselineXlsxScan() throws IOException, XMLStreamException {
        long n = 0;
        try (ZipFile z = new ZipFile(xlsx.toFile()); InputStream in = z.getInputStream(z.getEntry("xl/worksheets/sheet1.xml"))) {
            XMLStreamReader x = SafeXml.inputFactory().createXMLStreamReader(in);
            while (x.hasNext()) {
                n += x.next();
            }
        }
        return n;
    }

    /** Import of the CSV: table understanding, entries, report. */
    @Benchmark
    public int importCsv() throws IOException {
        return SheetImporter.defaults().importFile(csv).catalog().entries().size();
    }

    /** Import of the XLSX. */
    @Benchmark
    public int importXlsx() throws IOException {
        return SheetImporter.defaults().importFile(xlsx).catalog().entries().size();
    }
}

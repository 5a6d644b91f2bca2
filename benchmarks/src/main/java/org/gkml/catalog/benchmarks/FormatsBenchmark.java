package org.gkml.catalog.benchmarks;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.io.json.JsonCatalogReader;
import org.gkml.catalog.io.xml.CatalogXml;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the same generated catalog as JSON (streaming and whole) and as XML (streaming), next to a bare JSON-P
 * token scan of the JSON bytes: {@code java -jar benchmarks/target/benchmarks.jar Formats}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class FormatsBenchmark {

    @Param({"100000"})
    public int entries;

    private Path json;
    private Path xml;

    private static final jakarta.json.stream.JsonParserFactory SCAN = Json.createParserFactory(
            java.util.Map.of("org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE));

    @Setup
    public void setup() throws IOException {
        Catalog c = new CatalogGenerator(5).catalog(entries);
        json = java.nio.file.Files.createTempFile("formats", ".json");
        xml = java.nio.file.Files.createTempFile("formats", ".xml");
        CatalogJson.write(c, json);
        try (OutputStream o = java.nio.file.Files.newOutputStream(xml)) {
            CatalogXml.write(c, o);
        }
    }

    /** Baseline: every JSON token of the file, nothing bound. */
    @Benchmark
    public long baselineTokenScan() throws IOException {
        long n = 0;
        try (InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(json), 1 << 16);
             JsonParser p = SCAN.createParser(in)) {
            while (p.hasNext()) {
                p.next();
                n++;
            }
        }
        return n;
    }

    /** JSON, one entry at a time. */
    @Benchmark
    public int jsonStreaming() throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(json); JsonCatalogReader r = JsonCatalogReader.open(in, "b.json")) {
            r.header();
            int n = 0;
            while (r.next() != null) {
                n++;
            }
            return n;
        }
    }

    /** JSON, the whole catalog in memory. */
    @Benchmark
    public int jsonWhole() throws IOException {
        return CatalogJson.read(json).entries().size();
    }

    /** XML, one entry at a time. */
    @Benchmark
    public int xmlStreaming() throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(xml); CatalogReader r = CatalogXml.open(in, "b.xml")) {
            r.header();
            int n = 0;
            while (r.next() != null) {
                n++;
            }
            return n;
        }
    }
}

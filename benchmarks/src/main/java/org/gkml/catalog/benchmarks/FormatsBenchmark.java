package org.gkml.catalog.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.json.CatalogJson;
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
import org.openjdk.jmh.annotations.TearDown;
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

    /** The files the setup wrote, removed (each fork writes its own: left behind, they filled the disk). */
    @TearDown
    public void tearDown() throws IOException {
        java.nio.file.Files.deleteIfExists(json);
        java.nio.file.Files.deleteIfExists(xml);
    }

    /** Baseline: every JSON token of the file, nothing bound. */
    @Benchmark
    public long baselineTokenScan() throws IOException {
        return Reads.tokenScan(json);
    }

    /** JSON, one entry at a time. */
    @Benchmark
    public int jsonStreaming() throws IOException {
        return Reads.streamEntries(json);
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

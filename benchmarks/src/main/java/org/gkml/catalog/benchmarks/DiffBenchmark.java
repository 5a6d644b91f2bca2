package org.gkml.catalog.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gkml.catalog.diff.CatalogDiff;
import org.gkml.catalog.diff.ChangeSet;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.gkml.catalog.testkit.EditGenerator;
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
 * Diff of two versions (a few percent edited, some recoded) next to the baseline of reading both versions:
 * {@code java -jar benchmarks/target/benchmarks.jar Diff -p entries=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DiffBenchmark {

    @Param({"20000"})
    public int entries;

    private Path oldFile;
    private Path newFile;
    private Catalog a;
    private Catalog b;

    @Setup
    public void setup() throws IOException {
        CatalogGenerator g = new CatalogGenerator(7);
        a = g.catalog(entries);
        b = new EditGenerator(g).edit(a, 1, false);
        oldFile = java.nio.file.Files.createTempFile("diff-old", ".json");
        newFile = java.nio.file.Files.createTempFile("diff-new", ".json");
        CatalogJson.write(a, oldFile);
        CatalogJson.write(b, newFile);
    }

    /** The files the setup wrote, removed (each fork writes its own: left behind, they filled the disk). */
    @TearDown
    public void tearDown() throws IOException {
        java.nio.file.Files.deleteIfExists(oldFile);
        java.nio.file.Files.deleteIfExists(newFile);
    }

    /** Baseline: reading both versions. */
    @Benchmark
    public int baselineReadBoth() throws IOException {
        return CatalogJson.read(oldFile).entries().size() + CatalogJson.read(newFile).entries().size();
    }

    /** The diff alone, on catalogs in memory. */
    @Benchmark
    public int diffInMemory() {
        ChangeSet cs = CatalogDiff.diff(a, b);
        return cs.changes().size();
    }

    /** Reading both versions and diffing them: what {@code catalog diff} does. */
    @Benchmark
    public int readBothAndDiff() throws IOException {
        return CatalogDiff.diff(CatalogJson.read(oldFile), CatalogJson.read(newFile)).changes().size();
    }
}

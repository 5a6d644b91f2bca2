package org.gkml.catalog.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gkml.catalog.validation.ValidationReport;
import org.gkml.catalog.validation.Validator;
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
 * Reading and validating a generated JSON catalog, next to the baseline of a bare JSON-P token scan of the same
 * file: {@code java -jar benchmarks/target/benchmarks.jar ReadValidate -p entries=200000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ReadValidateBenchmark {

    @Param({"20000"})
    public int entries;


    private Path file;
    private Validator validator;

    @Setup
    public void setup() throws IOException {
        file = Files.cached(entries, 42);
        validator = Validator.builder().serviceLoader(false).build();
    }

    /** Baseline: every JSON token of the file, nothing bound. */
    @Benchmark
    public long baselineTokenScan() throws IOException {
        return Reads.tokenScan(file);
    }

    /** Streaming read into model records, every key and type checked. */
    @Benchmark
    public int readStreaming() throws IOException {
        return Reads.streamEntries(file);
    }

    /** Full validation: structure while binding, every rule, cross-entry uniqueness. */
    @Benchmark
    public int validate() throws IOException {
        ValidationReport r = validator.validate(file);
        return r.errors() + r.warnings();
    }
}

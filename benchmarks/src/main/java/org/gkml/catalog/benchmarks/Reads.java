package org.gkml.catalog.benchmarks;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.gkml.catalog.io.json.JsonCatalogReader;

/** The reads several benchmarks measure: the bare token-scan baseline and the streaming read into entries. */
final class Reads {

    private static final JsonParserFactory SCAN = Json.createParserFactory(
            Map.of("org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE));

    private Reads() {
    }

    /** Baseline: every JSON token of the file, nothing bound. */
    static long tokenScan(Path file) throws IOException {
        long n = 0;
        try (InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16);
             JsonParser p = SCAN.createParser(in)) {
            while (p.hasNext()) {
                p.next();
                n++;
            }
        }
        return n;
    }

    /** Streaming read into model records, every key and type checked; returns the number of entries. */
    static int streamEntries(Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file); JsonCatalogReader r = JsonCatalogReader.open(in, file.getFileName().toString())) {
            r.header();
            int n = 0;
            while (r.next() != null) {
                n++;
            }
            return n;
        }
    }
}

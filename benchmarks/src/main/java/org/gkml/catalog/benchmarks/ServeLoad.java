package org.gkml.catalog.benchmarks;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gkml.catalog.server.CatalogServer;
import org.gkml.catalog.validation.Validator;

/**
 * A bounded load test of {@code catalog serve}, on loopback only: N clients each validating the county sample through
 * {@code POST /api/validate}, next to the same validations in-process on N threads; alternating rounds, each reporting
 * throughput and the 50th/99th percentile latency:
 * {@code java -cp benchmarks/target/benchmarks.jar org.gkml.catalog.benchmarks.ServeLoad 8 400 4}.
 */
public final class ServeLoad {

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path sample = Path.of(args.length > 3 ? args[3] : "examples/catalogs/county-sample.json");
        byte[] body = multipart(sample);
        try (CatalogServer server = CatalogServer.start(new CatalogServer.Options("127.0.0.1", 0, 50L << 20))) {
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
            URI uri = URI.create(server.url() + "api/validate");
            Validator v = Validator.defaults();
            for (int round = 1; round <= rounds; round++) {
                report("round " + round + " HTTP       ", clients, requests, () -> {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=b0undary")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                    }
                    return null;
                });
                report("round " + round + " in-process ", clients, requests, () -> {
                    v.validate(sample);
                    return null;
                });
            }
        }
        System.exit(0);
    }

    private static byte[] multipart(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(Files.readAllBytes(file));
        out.write("\r\n--b0undary--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void report(String what, int clients, int requests, Callable<Void> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            all.add(pool.submit(() -> {
                long t = System.nanoTime();
                call.call();
                latencies.add(System.nanoTime() - t);
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        long wall = System.nanoTime() - t0;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s %d requests, %d at a time: %.0f/s, p50 %.1f ms, p99 %.1f ms%n", what, requests, clients,
                requests / (wall / 1e9), sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }
}

package org.gkml.catalog.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gkml.catalog.conformance.JsonSchemaCheck;
import org.gkml.catalog.io.Catalogs;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.Catalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API and the page, against a server on a random loopback port. */
class CatalogServerTest {

    static CatalogServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Path SAMPLE = Path.of("../examples/catalogs/county-sample.json");
    static final Path PAGE = Path.of("../catalog-sheets/src/test/resources/corpus/dev/variants/15-tianjin-baodi-social-assistance.html");

    @BeforeAll
    static void start() {
        server = CatalogServer.start(new CatalogServer.Options("127.0.0.1", 0, 1 << 20));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A multipart/form-data body of files and fields. */
    static HttpRequest.BodyPublisher multipart(String boundary, Map<String, Object> parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> p : parts.entrySet()) {
            out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (p.getValue() instanceof Path f) {
                out.write(("Content-Disposition: form-data; name=\"" + p.getKey() + "\"; filename=\"" + f.getFileName() + "\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(Files.readAllBytes(f));
            } else if (p.getValue() instanceof byte[] b) {
                out.write(("Content-Disposition: form-data; name=\"" + p.getKey() + "\"; filename=\"x.bin\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(b);
            } else {
                out.write(("Content-Disposition: form-data; name=\"" + p.getKey() + "\"\r\n\r\n" + p.getValue()).getBytes(StandardCharsets.UTF_8));
            }
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    static HttpResponse<byte[]> post(String path, Map<String, Object> parts) throws Exception {
        String boundary = "----gkml" + System.nanoTime();
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(multipart(boundary, parts)).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void apiValidate_answersTheJsonReport_validAgainstItsSchema() throws Exception {
        HttpResponse<byte[]> r = post("/api/validate", Map.of("file", SAMPLE));
        assertEquals(200, r.statusCode(), text(r));
        assertTrue(text(r).contains("\"valid\": true"), text(r));
        assertTrue(JsonSchemaCheck.check(JsonSchemaCheck.load("validation-report.schema.json"), text(r), "r.json").isEmpty());
        HttpResponse<byte[]> page = post("/api/validate", Map.of("file", PAGE, "lang", "en"));
        assertEquals(200, page.statusCode(), text(page));
        assertTrue(text(page).contains("\"valid\": false") && text(page).matches("(?s).*第\\d+个表格.*"), text(page));
    }

    @Test
    void apiConvert_answersTheConvertedFile() throws Exception {
        for (String to : List.of("json", "xml", "xlsx", "csv")) {
            HttpResponse<byte[]> r = post("/api/convert?to=" + to, Map.of("file", PAGE));
            assertEquals(200, r.statusCode(), to + ": " + text(r));
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("." + to));
            Path back = Files.createTempFile("converted", "." + to);
            try {
                Files.write(back, r.body());
                Catalog c = Catalogs.read(back);
                assertEquals(4, c.entries().size(), to);
            } finally {
                Files.deleteIfExists(back);
            }
        }
        HttpResponse<byte[]> bad = post("/api/convert?to=pdf", Map.of("file", SAMPLE));
        assertEquals(400, bad.statusCode());
        assertTrue(text(bad).startsWith("{\"error\":"), text(bad));
    }

    @Test
    void apiDiff_answersTheChangeSet() throws Exception {
        Path newer = Files.createTempFile("newer", ".json");
        try {
            Files.writeString(newer, Files.readString(SAMPLE).replace("\"method\": \"proactive\"", "\"method\": \"onRequest\""));
            HttpResponse<byte[]> r = post("/api/diff", Map.of("old", SAMPLE, "new", newer));
            assertEquals(200, r.statusCode(), text(r));
            assertTrue(text(r).contains("lessOpen") || text(r).contains("\"method\""), text(r));
        } finally {
            Files.deleteIfExists(newer);
        }
    }

    /** A multipart body where a field may repeat (the registers). */
    static HttpResponse<byte[]> postMany(String path, List<Object[]> parts) throws Exception {
        String boundary = "----gkml" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object[] p : parts) {
            out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (p[1] instanceof Path f) {
                out.write(("Content-Disposition: form-data; name=\"" + p[0] + "\"; filename=\"" + f.getFileName() + "\"\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(Files.readAllBytes(f));
            } else {
                out.write(("Content-Disposition: form-data; name=\"" + p[0] + "\"\r\n\r\n" + p[1]).getBytes(StandardCharsets.UTF_8));
            }
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void apiAudit_andAnnualReport_answerTheirJson() throws Exception {
        Path dir = Path.of("../examples/ledger");
        HttpResponse<byte[]> audit = postMany("/api/audit", List.of(new Object[] {"catalog", dir.resolve("catalog.json")},
                new Object[] {"register", dir.resolve("publications.csv")}, new Object[] {"register", dir.resolve("requests.csv")},
                new Object[] {"asOf", "2026-12-01"}));
        assertEquals(200, audit.statusCode(), text(audit));
        assertTrue(text(audit).contains("PUB-001") && text(audit).contains("RQ-"), text(audit));
        assertTrue(JsonSchemaCheck.check(JsonSchemaCheck.load("audit.schema.json"), text(audit), "a.json").isEmpty(),
                JsonSchemaCheck.check(JsonSchemaCheck.load("audit.schema.json"), text(audit), "a.json").toString());
        HttpResponse<byte[]> report = postMany("/api/annual-report", List.of(new Object[] {"register", dir.resolve("publications.csv")},
                new Object[] {"register", dir.resolve("requests.csv")}, new Object[] {"year", "2025"}));
        assertEquals(200, report.statusCode(), text(report));
        assertTrue(text(report).contains("\"year\": 2025") || text(report).contains("\"year\":2025"), text(report));
        HttpResponse<byte[]> auditPage = postMany("/audit", List.of(new Object[] {"catalog", dir.resolve("catalog.json")},
                new Object[] {"register", dir.resolve("publications.csv")}, new Object[] {"register", dir.resolve("requests.csv")},
                new Object[] {"asOf", "2026-12-01"}));
        assertEquals(200, auditPage.statusCode(), text(auditPage));
        assertTrue(text(auditPage).contains("PUB-001") && text(auditPage).contains("返回"), text(auditPage));
        HttpResponse<byte[]> annualPage = postMany("/annual-report", List.of(new Object[] {"register", dir.resolve("publications.csv")},
                new Object[] {"register", dir.resolve("requests.csv")}, new Object[] {"year", "2025"}));
        assertEquals(200, annualPage.statusCode(), text(annualPage));
        assertTrue(text(annualPage).contains("<table") && text(annualPage).contains("返回"), text(annualPage));
        HttpResponse<byte[]> noYear = postMany("/api/annual-report", List.<Object[]>of(new Object[] {"register", dir.resolve("requests.csv")}));
        assertEquals(400, noYear.statusCode());
        assertTrue(text(noYear).contains("year"), text(noYear));
    }

    @Test
    void errors_areJson_400_413_415_neverAStackTrace() throws Exception {
        HttpResponse<byte[]> unreadable = post("/api/validate", Map.of("file", "{\"specVersion\": ".getBytes(StandardCharsets.UTF_8)));
        // a JSON document cut short: the report says it cannot be read
        assertTrue(unreadable.statusCode() == 200 && text(unreadable).contains("STRUCT-003") || unreadable.statusCode() == 400, text(unreadable));
        HttpResponse<byte[]> binary = post("/api/validate", Map.of("file", new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0}));
        assertEquals(415, binary.statusCode(), text(binary));
        assertTrue(text(binary).startsWith("{\"error\":"), text(binary));
        String boundary = "----gkmldots";
        byte[] dots = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"..\"\r\n\r\n"
                + Files.readString(SAMPLE) + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> dotted = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/validate"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(dots)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, dotted.statusCode(), "a file named .. is kept inside its folder: " + text(dotted));
        HttpResponse<byte[]> missing = post("/api/validate", Map.of("profile", "national"));
        assertEquals(400, missing.statusCode(), text(missing));
        HttpResponse<byte[]> big = post("/api/validate", Map.of("file", new byte[3 << 20]));
        assertEquals(413, big.statusCode(), text(big));
        for (HttpResponse<byte[]> r : List.of(binary, missing, big)) {
            assertFalse(text(r).contains("at org.") || text(r).contains("Exception"), text(r));
        }
    }

    @Test
    void thePage_isChineseByDefault_andValidatesAnUpload() throws Exception {
        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("主动公开事项目录检查") && home.body().contains("enctype=\"multipart/form-data\""), home.body());
        HttpResponse<String> en = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "?lang=en")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(en.body().contains("Disclosure catalog check"));
        HttpResponse<byte[]> report = post("/validate", Map.of("file", PAGE, "action", "validate"));
        assertEquals(200, report.statusCode());
        assertTrue(text(report).contains("返回") && text(report).contains("未通过"), text(report));
        assertTrue(text(report).contains("表格是怎样读取的") && text(report).contains("第2个表格"), "the import report of the page: " + text(report));
        String seen = text(report).replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ");
        assertFalse(seen.contains("{\"") || java.util.regex.Pattern.compile("\\b(proactive|onRequest|specificGroup|governmentWebsite|"
                + "formedOrChanged|workingDay|lessOpen)\\b").matcher(seen).find(), "no wire-format JSON or tokens: " + seen);
        HttpResponse<byte[]> annotated = post("/validate", Map.of("file", PAGE, "action", "annotate"));
        assertEquals(200, annotated.statusCode(), text(annotated));
        Path a = Files.createTempFile("annotated", ".xlsx");
        try {
            Files.write(a, annotated.body());
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(a))) {
                assertTrue(wb.getSheet("问题清单") != null && wb.getSheet("问题清单").getPhysicalNumberOfRows() > 1);
            }
        } finally {
            Files.deleteIfExists(a);
        }
        HttpResponse<byte[]> download = post("/validate", Map.of("file", PAGE, "action", "xlsx"));
        assertEquals(200, download.statusCode());
        Path x = Files.createTempFile("download", ".xlsx");
        try {
            Files.write(x, download.body());
            assertEquals(Formats.Format.XLSX, Formats.detect(x));
        } finally {
            Files.deleteIfExists(x);
        }
    }

    @Test
    void requestsAreIndependent_underParallelLoad() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> post("/api/validate", Map.of("file", SAMPLE)).statusCode()));
            }
            for (Future<Integer> f : answers) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

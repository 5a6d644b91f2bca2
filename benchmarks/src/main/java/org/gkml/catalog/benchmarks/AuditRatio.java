package org.gkml.catalog.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.gkml.catalog.ledger.Audit;
import org.gkml.catalog.ledger.Publication;
import org.gkml.catalog.ledger.Registers;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.WorkingDayCalendar;
import org.gkml.catalog.testkit.CatalogGenerator;

/**
 * The audit of a large publication register next to reading the same register, alternating in one JVM, round after
 * round, as records per second: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar
 * org.gkml.catalog.benchmarks.AuditRatio 1000000 6}. The register is a CSV export as a CMS writes it, its records on a
 * generated catalog's items; about one in twelve is late, undated or otherwise a finding. Run in a small heap it shows the
 * audit streams: the findings are kept, the records are not.
 */
public final class AuditRatio {

    private AuditRatio() {
    }

    public static void main(String[] args) throws IOException {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Catalog catalog = new CatalogGenerator(17).catalog(200);
        Path csv = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("audit-ratio", ".csv");
        try {
            write(catalog, records, csv);
            System.out.printf("register: %d publications, %d MB; heap limit %d MB%n", records, Files.size(csv) >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            Audit audit = Audit.on(WorkingDayCalendar.official().withProvisionalYears(), 3, Locale.ROOT);
            LocalDate asOf = LocalDate.of(2026, 12, 1);
            long[] read = new long[rounds];
            long[] audited = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                long[] n = {0};
                Registers.each(csv, sink(p -> n[0]++));
                read[i] = (System.nanoTime() - t) / 1_000_000;
                t = System.nanoTime();
                Audit.Run run = audit.start(catalog, asOf);
                Registers.each(csv, sink(run::publication));
                Audit.Result result = run.finish();
                int findings = result.findings().size();
                if (i == 0) {
                    System.out.println("findings by rule: " + result.findings().stream()
                            .collect(java.util.stream.Collectors.groupingBy(Audit.Finding::rule, java.util.TreeMap::new,
                                    java.util.stream.Collectors.counting())));
                }
                audited[i] = (System.nanoTime() - t) / 1_000_000;
                System.out.printf("round %d: read %6d ms (%,.0f records/s), read + audit %6d ms (%,.0f records/s, %d findings): %.0f%%%n",
                        i + 1, read[i], n[0] * 1000.0 / read[i], audited[i], n[0] * 1000.0 / audited[i], findings,
                        100.0 * read[i] / audited[i]);
            }
            int skip = rounds / 2; // the first half warms the JIT up
            long[] a = Arrays.copyOfRange(read, skip, rounds);
            long[] b = Arrays.copyOfRange(audited, skip, rounds);
            Arrays.sort(a);
            Arrays.sort(b);
            long ra = a[a.length / 2];
            long rb = b[b.length / 2];
            System.out.printf("median of the last %d rounds: read %d ms (%,.0f records/s), read + audit %d ms (%,.0f records/s): "
                    + "the audit runs at %.0f%% of the reading's pace%n", a.length, ra, records * 1000.0 / ra, rb, records * 1000.0 / rb,
                    100.0 * ra / rb);
        } finally {
            if (args.length <= 2) {
                Files.deleteIfExists(csv);
            }
        }
    }

    private static Registers.Sink sink(java.util.function.Consumer<Publication> each) {
        return Registers.Sink.of(each, r -> { }, n -> { });
    }

    /** A publication register with the columns and wording a CMS export has. */
    private static void write(Catalog catalog, int records, Path csv) throws IOException {
        Random r = new Random(5);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("序号,索引号,标题,文号,文件类型,事项编码,发布机构,成文日期,发布日期,公开渠道,有效性\n");
            LocalDate start = LocalDate.of(2024, 1, 1);
            for (int i = 1; i <= records; i++) {
                Entry e = catalog.entries().get(r.nextInt(catalog.entries().size()));
                LocalDate formed = start.plusDays(r.nextInt(1000));
                int lag = r.nextInt(12) == 0 ? 30 + r.nextInt(60) : r.nextInt(4);
                boolean normative = r.nextInt(50) == 0;
                w.write(i + ",11361131MB1F726329/" + formed.getYear() + "-" + String.format("%07d", i) + ",关于" + e.name().replaceAll("[,\"\\s]", "")
                        + "的公告（第" + i + "号）," + (normative ? "青民规〔" + formed.getYear() + "〕" + i + "号" : "") + ","
                        + (normative ? "行政规范性文件" : "其他") + "," + e.code() + ",青岚县民政局," + formed + ","
                        + (r.nextInt(200) == 0 ? "" : formed.plusDays(lag).toString()) + ",政府网站," + (normative ? "有效" : "") + "\n");
            }
        }
    }
}

package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.conformance.JsonSchemaCheck;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.model.TimeUnit;
import org.gkml.catalog.model.Trigger;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidatorTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 27).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final Validator validator = Validator.builder().clock(CLOCK).build();

    private static Entry.Builder good(String code) {
        return Entry.builder().code(code).category("政策文件").name("规范性文件" + code).content(Content.of("文件全文"))
                .basis(List.of(LegalReference.titled("中华人民共和国政府信息公开条例")))
                .deadline(Deadline.parse("信息形成或者变更之日起20个工作日内"))
                .subject("东阿县民政局").method(Method.PROACTIVE).audience(Audience.everyone())
                .channels(ChannelType.GOVERNMENT_WEBSITE);
    }

    private static Catalog catalog(Entry... entries) {
        return Catalog.builder().id("t").title("测试目录").publisher("东阿县民政局").entries(List.of(entries)).build();
    }

    private List<String> rules(Catalog c) {
        return validator.validate(c).issues().stream().map(Issue::rule).toList();
    }

    @Test
    void goodCatalog_isValidWithoutIssues() {
        ValidationReport r = validator.validate(catalog(good("A").build(), good("B").build()));
        assertTrue(r.valid());
        assertEquals(List.of(), r.issues());
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 30).map(i -> 77L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedCatalogs_haveNoErrors(long seed) {
        ValidationReport r = validator.validate(new CatalogGenerator(seed).catalog(40));
        assertEquals(List.of(), r.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList(), "seed " + seed);
    }

    @Test
    void requiredElements_eachHaveARule() {
        Entry bare = Entry.builder().code("X").build();
        List<String> got = rules(catalog(bare));
        for (String id : List.of("REQ-001", "REQ-002", "REQ-003", "REQ-004", "REQ-005", "REQ-006", "REQ-007")) {
            assertTrue(got.contains(id), id + " in " + got);
        }
        assertFalse(got.contains("REQ-008"), "levels are not required by the national profile");
        ValidationReport basic = Validator.builder().profile(Profile.BASIC_LEVEL).build().validate(catalog(bare));
        assertEquals(Severity.ERROR, basic.issues("REQ-008").get(0).severity());
        assertEquals(Severity.ERROR, basic.issues("REQ-003").get(0).severity());
    }

    @Test
    void art26_moreThan20WorkingDays_needsALawOrRegulation() {
        Entry e = good("A").deadline(Deadline.Within.of(Trigger.FORMED_OR_CHANGED, 30, TimeUnit.WORKING_DAY)).build();
        assertEquals(List.of("DL-001"), rules(catalog(e)));
        Entry rule = good("B").deadline(Deadline.Within.of(Trigger.FORMED_OR_CHANGED, 30, TimeUnit.WORKING_DAY))
                .basis(List.of(LegalReference.titled("东阿县政务公开办法"))).build();
        assertEquals(List.of("DL-001"), rules(catalog(rule)), "a local rule cannot extend the period");
        Entry law = good("C").deadline(Deadline.Within.of(Trigger.FORMED_OR_CHANGED, 30, TimeUnit.WORKING_DAY))
                .basis(List.of(LegalReference.titled("中华人民共和国预算法"))).build();
        assertEquals(List.of(), rules(catalog(law)));
        Entry shorter = good("D").deadline(Deadline.Within.of(Trigger.FORMED_OR_CHANGED, 15, TimeUnit.WORKING_DAY)).build();
        assertEquals(List.of(), rules(catalog(shorter)));
        Entry calendar = good("E").deadline(Deadline.parse("批准后30日内")).build();
        assertEquals(List.of(), rules(catalog(calendar)), "calendar days after approval are not Art. 26");
    }

    @Test
    void deadlineRules() {
        assertEquals(List.of("DL-002"), rules(catalog(good("A").deadline(Deadline.parse("视情况而定")).build())));
        Entry mismatch = good("B").deadline(new Deadline.Within(Trigger.APPROVED, null, 20, TimeUnit.WORKING_DAY, "批准后20日内", List.of())).build();
        assertEquals(List.of("DL-003"), rules(catalog(mismatch)));
        assertEquals(List.of("DL-004"), rules(catalog(good("C").deadline(new Deadline.SameAsAbove("同上")).build())));
        Entry report = good("D").name("政府信息公开工作年度报告").deadline(Deadline.parse("每年3月31日前")).build();
        assertEquals(List.of("DL-005"), rules(catalog(report)), "a department's report is due by 31 January");
        Catalog gov = catalog(report).toBuilder().publisher("东阿县人民政府").build();
        assertEquals(List.of(), rules(gov), "a government's by 31 March");
        assertEquals(List.of("DL-006"), rules(catalog(good("E").deadline(Deadline.parse("每年2月30日前")).build())));
    }

    @Test
    void channelRules() {
        assertEquals(List.of("CH-001"), rules(catalog(good("A").channels(List.of()).build())));
        assertEquals(List.of(), rules(catalog(good("A").channels(List.of()).method(Method.ON_REQUEST).build())));
        assertEquals(List.of("CH-002"), rules(catalog(good("B").channels(ChannelType.OTHER).build())));
        assertEquals(List.of(), rules(catalog(good("B").channels(List.of(Channel.named(ChannelType.ONLINE_PLATFORM, "信用中国"))).build())));
        assertEquals(List.of("CH-003"), rules(catalog(good("C").channels(ChannelType.GAZETTE, ChannelType.GAZETTE).build())));
    }

    @Test
    void uniqueness_identifiers_citations_catalogLevel() {
        List<String> dup = rules(catalog(good("A").build(), good("A").name("别的").build(), good("B").name("规范性文件A").build()));
        assertEquals(List.of("UNQ-001", "UNQ-002"), dup);
        Catalog ids = catalog(good("A").subjects(List.of(new Organization("民政局", "91350100M000100Y44", "37x524"))).build())
                .toBuilder().publisher(new Organization("东阿县民政局", "11610923MB2900168E", "371524")).build();
        assertEquals(List.of("ID-003", "ID-001", "ID-002"), rules(ids));
        Entry cite = good("A").basis(List.of(new LegalReference("中华人民共和国政府信息公开条例", "国务院令第711号", "第二十条第二款", null))).build();
        ValidationReport r = validator.validate(catalog(cite));
        assertEquals("LAW-001", r.issues().get(0).rule());
        assertTrue(r.issues().get(0).message().contains("第二十条第（二）项"), r.issues().get(0).message());
        assertEquals(List.of("CAT-002"), rules(catalog()));
        Catalog future = catalog(good("A").build()).toBuilder().issued(LocalDate.of(2027, 1, 1)).build();
        assertEquals(List.of("CAT-003"), rules(future));
        assertEquals(List.of("CAT-001", "CAT-004"), rules(catalog(good("A").build()).toBuilder().publisher((Organization) null).specVersion("2.0").build())
                .stream().sorted().toList());
    }

    @Test
    void plugins_builderAndServiceLoader_andAThrowingRuleIsReported() {
        Validator v = Validator.builder().rule(new RuleInfo("MY-001", Severity.WARNING, "总是失败", "always fails"), "x", "x",
                (e, c) -> {
                    throw new IllegalStateException("boom");
                }).build();
        ValidationReport r = v.validate(catalog(good("A").name("测试事项").build()));
        assertEquals(List.of("RULE-ERR", "TEST-001"), r.issues().stream().map(Issue::rule).toList());
        assertTrue(r.issues().get(0).message().contains("MY-001"), r.issues().get(0).message());
        assertTrue(v.rules().stream().anyMatch(i -> i.id().equals("TEST-001")));
    }

    @Test
    void messages_inChineseByDefault_andEnglish() {
        Catalog c = catalog(good("A").channels(List.of()).build());
        assertTrue(validator.validate(c).issues().get(0).message().contains("没有公开渠道"));
        String en = Validator.builder().locale(Locale.ENGLISH).build().validate(c).issues().get(0).message();
        assertTrue(en.contains("has no channel"), en);
    }

    @Test
    void json_structuralProblems_areReportedOnceWithPointerAndLine() throws Exception {
        String json = CatalogJson.toJson(catalog(good("A").build(), good("B").build()))
                .replaceFirst("\"method\": \"proactive\"", "\"method\": \"主动\"");
        ValidationReport r = validator.validateJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "s.json");
        assertEquals(List.of("VOC-001"), r.issues().stream().map(Issue::rule).toList(), "no REQ-006 cascade");
        Issue i = r.issues().get(0);
        assertEquals("/entries/0/method", i.path());
        assertTrue(i.location().line() > 1);
        assertEquals(good("A").build().code(), i.entry(), "a structural issue names its entry's code");
        ValidationReport broken = validator.validateJson(new ByteArrayInputStream("{\"id\": ".getBytes(StandardCharsets.UTF_8)), "b.json");
        assertEquals(List.of("STRUCT-003"), broken.issues().stream().map(Issue::rule).toList());
        assertFalse(broken.valid());
    }

    @Test
    void reports_jsonConformsToSchema_textAndHtmlShowVerdict() throws Exception {
        Catalog c = catalog(good("A").channels(List.of()).build(), good("A").build());
        ValidationReport r = validator.validate(c);
        StringWriter w = new StringWriter();
        Reports.json(r, w);
        assertEquals(List.of(), JsonSchemaCheck.check(JsonSchemaCheck.load("validation-report.schema.json"), w.toString(), "r.json"));
        assertTrue(w.toString().contains("\"valid\": false"));
        StringWriter t = new StringWriter();
        Reports.text(r, t);
        assertTrue(t.toString().startsWith("未通过 — 3 错误"), t.toString());
        StringWriter h = new StringWriter();
        Reports.html(r, h);
        assertTrue(h.toString().contains("<mark>A</mark>"), "offending value highlighted");
        assertTrue(h.toString().startsWith("<!DOCTYPE html>"));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> sameDefectInJsonAndXml() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("\"method\": \"proactive\"", "\"method\": \"主动\"",
                        "<method>proactive</method>", "<method>主动</method>"),
                org.junit.jupiter.params.provider.Arguments.of("\"code\": ", "\"colour\": \"red\", \"code\": ",
                        "<code>", "<colour>red</colour><code>"),
                org.junit.jupiter.params.provider.Arguments.of("\"amount\": 20", "\"amount\": \"twenty\"",
                        "<amount>20</amount>", "<amount>twenty</amount>"),
                org.junit.jupiter.params.provider.Arguments.of("\"county\"", "\"galaxy\"", "<level>county</level>", "<level>galaxy</level>"),
                org.junit.jupiter.params.provider.Arguments.of("\"title\": \"中华", "\"note\": \"x\", \"title\": \"中华",
                        "<title>中华", "<note>x</note><title>中华"));
    }

    /** Every occurrence of a defect planted the same way in the JSON and the XML form gives the same rules at the same paths. */
    @ParameterizedTest
    @MethodSource("sameDefectInJsonAndXml")
    void xml_structuralProblems_matchJson_allReportedWithPointers(String jsonFind, String jsonReplace, String xmlFind,
            String xmlReplace, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path sample = java.nio.file.Path.of("../examples/catalogs/county-sample.json");
        String json = java.nio.file.Files.readString(sample).replace(jsonFind, jsonReplace);
        String xml = java.nio.file.Files.readString(java.nio.file.Path.of("../examples/catalogs/county-sample.xml")).replace(xmlFind, xmlReplace);
        java.nio.file.Path j = java.nio.file.Files.writeString(dir.resolve("s.json"), json);
        java.nio.file.Path x = java.nio.file.Files.writeString(dir.resolve("s.xml"), xml);
        ValidationReport rj = validator.validate(j);
        ValidationReport rx = validator.validate(x);
        java.util.function.Function<ValidationReport, java.util.Set<String>> key = r -> r.issues().stream()
                .filter(i -> i.severity() == Severity.ERROR).map(i -> i.rule() + " " + i.path())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        assertTrue(key.apply(rj).size() > 1, "the defect is planted several times: " + key.apply(rj));
        assertEquals(key.apply(rj), key.apply(rx));
        assertTrue(rx.issues().stream().filter(i -> i.severity() == Severity.ERROR).allMatch(i -> i.location().line() > 1),
                "XML issues carry a line");
        assertEquals(rj.issues().stream().map(Issue::entry).toList(), rx.issues().stream().map(Issue::entry).toList(),
                "the same entry codes");
    }

    /** Catalog-level defects in XML are reported like in JSON, and the entries are still checked. */
    @Test
    void xml_headerProblems_matchJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String json = java.nio.file.Files.readString(java.nio.file.Path.of("../examples/catalogs/county-sample.json"))
                .replace("\"status\": \"active\"", "\"status\": \"live\", \"colour\": \"red\"")
                .replace("\"issued\": \"2025-03-01\"", "\"issued\": \"2025-13-01\"");
        String xml = java.nio.file.Files.readString(java.nio.file.Path.of("../examples/catalogs/county-sample.xml"))
                .replace("<status>active</status>", "<status>live</status><colour><shade>red</shade></colour>")
                .replace("<issued>2025-03-01</issued>", "<issued>2025-13-01</issued>");
        ValidationReport rj = validator.validate(java.nio.file.Files.writeString(dir.resolve("h.json"), json));
        ValidationReport rx = validator.validate(java.nio.file.Files.writeString(dir.resolve("h.xml"), xml));
        java.util.function.Function<ValidationReport, java.util.List<String>> key = r -> r.issues().stream()
                .map(i -> i.rule() + " " + i.path()).sorted().toList();
        assertTrue(key.apply(rx).containsAll(List.of("STRUCT-001 /issued", "STRUCT-002 /colour", "VOC-001 /status")), key.apply(rx).toString());
        assertEquals(key.apply(rj), key.apply(rx));
    }
}

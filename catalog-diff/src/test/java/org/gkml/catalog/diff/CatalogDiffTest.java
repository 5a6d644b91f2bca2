package org.gkml.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.TimeUnit;
import org.gkml.catalog.model.Trigger;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.gkml.catalog.testkit.EditGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogDiffTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 150).map(i -> 4242L + i);
    }

    private static JsonStructure json(Catalog c) {
        return Json.createReader(new StringReader(CatalogJson.toJson(c))).read();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void laws_diffApplyPatchMerge(long seed) throws Exception {
        CatalogGenerator g = new CatalogGenerator(seed);
        Catalog a = g.catalog(5 + g.random().nextInt(40));
        Catalog b = new EditGenerator(g).edit(a, 30, seed % 3 == 0);
        assertTrue(CatalogDiff.diff(a, a).isEmpty(), "diff(c, c) is empty, seed " + seed);
        ChangeSet cs = CatalogDiff.diff(a, b);
        assertEquals(b, CatalogDiff.apply(cs, a), "apply(diff(a, b), a) == b, seed " + seed);
        assertEquals(json(b), Json.createPatch(CatalogDiff.jsonPatch(a, b)).apply(json(a)), "JSON Patch, seed " + seed);
        assertEquals(b, CatalogDiff.merge(a, b, a).merged(), "merge(base, x, base) == x, seed " + seed);
        assertEquals(b, CatalogDiff.merge(a, a, b).merged(), "merge(base, base, x) == x, seed " + seed);
        ChangeSet back = ChangeSets.readJson(ChangeSets.toJson(cs));
        assertEquals(b, CatalogDiff.apply(back, a), "the JSON change set applies like the original, seed " + seed);
    }

    private static Catalog of(Entry... e) {
        return Catalog.builder().id("x").title("t").publisher("p").entries(List.of(e)).build();
    }

    private static Entry.Builder entry(String code, String name) {
        return Entry.builder().code(code).category("政策").name(name).content("关于" + name + "的全文和解读材料")
                .deadline(Deadline.parse("信息形成或者变更之日起20个工作日内")).subject("民政局").method(Method.PROACTIVE)
                .audience(org.gkml.catalog.model.Audience.everyone())
                .channels(org.gkml.catalog.model.ChannelType.GOVERNMENT_WEBSITE, org.gkml.catalog.model.ChannelType.NOTICE_BOARD);
    }

    @Test
    void recodedEntryWithUnchangedContent_isRecodedNotRemoveAndAdd() {
        ChangeSet cs = CatalogDiff.diff(of(entry("A1", "低保政策").build()), of(entry("B7", "低保政策").build()));
        assertEquals(1, cs.changes().size());
        Change c = cs.changes().get(0);
        assertEquals(ChangeKind.RECODED, c.kind());
        assertEquals("A1", c.entry());
        assertEquals("B7", c.newCode());
        assertEquals(Effect.NEUTRAL, c.effect());
    }

    @Test
    void renamedAndRecoded_isFoundBySimilarity_withConfidence() {
        Entry a = entry("A1", "最低生活保障政策文件").build();
        Entry b = entry("Z9", "最低生活保障政策").build();
        ChangeSet cs = CatalogDiff.diff(of(a, entry("A2", "其他事项").build()), of(b, entry("A2", "其他事项").build()));
        Change c = cs.changes().get(0);
        assertEquals(ChangeKind.RECODED, c.kind());
        assertTrue(c.confidence() > 0.5 && c.confidence() < 1, "confidence " + c.confidence());
    }

    @Test
    void effects_perDomainRules() {
        Entry base = entry("A", "事项").build();
        assertEquals(Effect.LESS_OPEN, only(base, base.toBuilder().method(Method.ON_REQUEST).build()).effect());
        assertEquals(Effect.MORE_OPEN, only(base.toBuilder().method(Method.ON_REQUEST).build(), base).effect());
        assertEquals(Effect.LESS_OPEN, only(base, base.toBuilder().audience(org.gkml.catalog.model.Audience.of(
                org.gkml.catalog.model.AudienceScope.SPECIFIC_GROUP)).build()).effect());
        assertEquals(Effect.LESS_OPEN, only(base, base.toBuilder().channels(List.of(Channel.of(
                org.gkml.catalog.model.ChannelType.GOVERNMENT_WEBSITE))).build()).effect());
        Entry d15 = base.toBuilder().deadline(Deadline.Within.of(Trigger.FORMED_OR_CHANGED, 15, TimeUnit.WORKING_DAY)).build();
        assertEquals(Effect.MORE_OPEN, only(base, d15).effect(), "15 working days are shorter than 20");
        Entry month = base.toBuilder().deadline(Deadline.Within.of(Trigger.FORMED_OR_CHANGED, 1, TimeUnit.MONTH)).build();
        assertEquals(Effect.LESS_OPEN, only(base, month).effect(), "a calendar month is longer than 20 working days");
        assertEquals(Effect.LESS_OPEN, only(base, base.toBuilder().deadline(Deadline.parse("视情况")).build()).effect());
        assertEquals(Effect.NEUTRAL, only(base, base.toBuilder().content("新的内容").build()).effect());
        assertEquals(ChangeKind.MOVED, only(base, base.toBuilder().category("其他类别").build()).kind());
        Change removed = CatalogDiff.diff(of(base), of()).changes().get(0);
        assertEquals(ChangeKind.REMOVED, removed.kind());
        assertEquals(Effect.LESS_OPEN, removed.effect());
        assertEquals(Effect.MORE_OPEN, CatalogDiff.diff(of(), of(base)).changes().get(0).effect());
    }

    private static Change only(Entry a, Entry b) {
        List<Change> cs = CatalogDiff.diff(of(a), of(b)).changes();
        assertEquals(1, cs.size(), cs.toString());
        return cs.get(0);
    }

    @Test
    void apply_onAnotherBase_isAClearConflict() {
        Entry base = entry("A", "事项").build();
        ChangeSet cs = CatalogDiff.diff(of(base), of(base.toBuilder().method(Method.ON_REQUEST).build()));
        Catalog other = of(base.toBuilder().channels(List.of()).method(Method.ON_REQUEST).build());
        PatchConflictException e = assertThrows(PatchConflictException.class, () -> CatalogDiff.apply(cs, other));
        assertTrue(e.getMessage().contains("\"A\"") && e.getMessage().contains("/method"), e.getMessage());
        assertThrows(PatchConflictException.class, () -> CatalogDiff.apply(cs, of()));
    }

    @Test
    void apply_addingAnEntryWhoseCodeTheBaseHas_isAConflict_notADuplicate() {
        Entry a = entry("A", "事项").build();
        Entry b = entry("B", "另一事项").build();
        ChangeSet adds = CatalogDiff.diff(of(a), of(a, b));
        Catalog other = of(a, b.toBuilder().name("已有的B").build());
        PatchConflictException e = assertThrows(PatchConflictException.class, () -> CatalogDiff.apply(adds, other));
        assertTrue(e.getMessage().contains("\"B\"") && e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void aChangeSetMadeFromACatalogWithDuplicateCodes_appliesBackOntoIt() throws Exception {
        Entry a1 = entry("A", "事项一").build();
        Entry a2 = entry("A", "事项二").build();
        Catalog base = of(a1, a2);
        Catalog changed = of(a1.toBuilder().method(Method.ON_REQUEST).build(), a2);
        assertEquals(changed, CatalogDiff.apply(CatalogDiff.diff(base, changed), base));
    }

    @Test
    void merge_nonOverlappingEditsMerge_overlappingConflictPerField() {
        Entry base = entry("A", "事项").build();
        Entry b2 = entry("B", "另一事项").build();
        Catalog ours = of(base.toBuilder().method(Method.ON_REQUEST).build(), b2);
        Catalog theirs = of(base.toBuilder().content("他们改了内容").build(), b2.toBuilder().levels(org.gkml.catalog.model.Level.COUNTY).build());
        CatalogDiff.MergeResult m = CatalogDiff.merge(of(base, b2), ours, theirs);
        assertEquals(List.of(), m.conflicts());
        assertEquals(Method.ON_REQUEST, m.merged().entries().get(0).method());
        assertEquals("他们改了内容", m.merged().entries().get(0).content().summary());
        assertEquals(List.of(org.gkml.catalog.model.Level.COUNTY), m.merged().entries().get(1).levels());
        Catalog theirs2 = of(base.toBuilder().method(Method.PROACTIVE).content("x").build().toBuilder()
                .deadline(Deadline.parse("实时公开")).build(), b2);
        Catalog ours2 = of(base.toBuilder().deadline(Deadline.parse("及时公开")).build(), b2);
        CatalogDiff.MergeResult c = CatalogDiff.merge(of(base, b2), ours2, theirs2);
        assertEquals(List.of("/deadline"), c.conflicts().stream().map(CatalogDiff.Conflict::path).toList());
        assertEquals("x", c.merged().entries().get(0).content().summary(), "their non-conflicting field is merged");
        assertEquals("及时公开", c.merged().entries().get(0).deadline().text(), "ours kept on conflict");
    }

    @Test
    void bigCatalog_nearLinear() {
        CatalogGenerator g = new CatalogGenerator(99);
        Catalog a = g.catalog(20_000);
        Catalog b = new EditGenerator(g).edit(a, 2, false);
        ChangeSet cs = CatalogDiff.diff(a, b);
        assertTrue(cs.changes().size() > 100);
        List<String> kinds = new ArrayList<>();
        cs.changes().forEach(c -> kinds.add(c.kind().token()));
        assertTrue(kinds.contains("recoded") && kinds.contains("removed") && kinds.contains("added"), kinds.toString());
    }
}

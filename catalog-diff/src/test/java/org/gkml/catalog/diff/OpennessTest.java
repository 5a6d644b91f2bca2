package org.gkml.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.EntryStatus;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.testkit.CatalogGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The openness effect of each kind of field change, and its laws over generated entries. */
class OpennessTest {

    private static final List<String> KEYS = List.of("method", "audience", "channels", "levels", "deadline", "duration", "status");

    private static Entry base() {
        return Entry.builder().code("E1").name("低保政策").method(Method.PROACTIVE)
                .audience(new Audience(AudienceScope.PUBLIC, null)).channels(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NOTICE_BOARD)
                .levels(Level.COUNTY).deadline("信息形成或者变更之日起10个工作日内").build();
    }

    private static Effect effect(String key, Entry a, Entry b) {
        return Openness.of(key, a, b);
    }

    @Test
    void method_proactiveToOnRequest_isLessOpen() {
        Entry a = base();
        Entry b = a.toBuilder().method(Method.ON_REQUEST).build();
        assertEquals(Effect.LESS_OPEN, effect("method", a, b));
        assertEquals(Effect.MORE_OPEN, effect("method", b, a));
    }

    @Test
    void audience_publicToSpecific_isLessOpen() {
        Entry a = base();
        Entry b = a.toBuilder().audience(new Audience(AudienceScope.SPECIFIC_GROUP, "申请人")).build();
        assertEquals(Effect.LESS_OPEN, effect("audience", a, b));
        assertEquals(Effect.MORE_OPEN, effect("audience", b, a));
    }

    @Test
    void channels_andLevels_removedIsLessOpen_addedIsMoreOpen_replacedIsLessOpen() {
        Entry a = base();
        assertEquals(Effect.LESS_OPEN, effect("channels", a, a.toBuilder().channels(ChannelType.GOVERNMENT_WEBSITE).build()));
        assertEquals(Effect.MORE_OPEN, effect("channels", a, a.toBuilder()
                .channels(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NOTICE_BOARD, ChannelType.NEW_MEDIA).build()));
        assertEquals(Effect.LESS_OPEN, effect("channels", a, a.toBuilder().channels(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NEW_MEDIA).build()),
                "a channel lost is less open even when another is gained");
        assertEquals(Effect.MORE_OPEN, effect("levels", a, a.toBuilder().levels(Level.COUNTY, Level.TOWNSHIP).build()));
        assertEquals(Effect.LESS_OPEN, effect("levels", a, a.toBuilder().levels(List.of()).build()));
    }

    @Test
    void deadline_longerIsLessOpen_unparsedIsLessOpen() {
        Entry a = base();
        assertEquals(Effect.LESS_OPEN, effect("deadline", a, a.toBuilder().deadline("信息形成或者变更之日起20个工作日内").build()));
        assertEquals(Effect.MORE_OPEN, effect("deadline", a, a.toBuilder().deadline("信息形成或者变更之日起5个工作日内").build()));
        assertEquals(Effect.MORE_OPEN, effect("deadline", a, a.toBuilder().deadline("实时公开").build()));
        assertEquals(Effect.LESS_OPEN, effect("deadline", a, a.toBuilder().deadline("视情况而定").build()), "structured → unparsed");
        assertEquals(Effect.NEUTRAL, effect("deadline", a, a.toBuilder().deadline("自信息形成或者变更之日起十个工作日内").build()),
                "the same deadline written another way");
        assertEquals(Effect.LESS_OPEN, effect("deadline", a, a.toBuilder().deadline("信息形成或者变更之日起1个月内").build()),
                "one month is longer than ten working days");
    }

    @Test
    void duration_shorterIsLessOpen_andStatus_activeToRepealedIsLessOpen() {
        Entry a = base().toBuilder().duration(new org.gkml.catalog.model.Duration.Permanent("长期公开")).build();
        assertEquals(Effect.LESS_OPEN, effect("duration", a, a.toBuilder().duration(new org.gkml.catalog.model.Duration.Fixed(3, org.gkml.catalog.model.TimeUnit.YEAR, "3年")).build()));
        assertEquals(Effect.LESS_OPEN, effect("status", a, a.toBuilder().status(EntryStatus.REPEALED).build()));
        assertEquals(Effect.MORE_OPEN, effect("status", a.toBuilder().status(EntryStatus.SUSPENDED).build(), a));
        assertEquals(Effect.NEUTRAL, effect("name", a, a.toBuilder().name("最低生活保障政策").build()), "a field without an openness order");
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 200).map(i -> 4242L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void laws_noChangeIsNeutral_andReversingAChangeReversesItsEffect(long seed) {
        CatalogGenerator g = new CatalogGenerator(seed);
        Entry a = g.entry(0);
        Entry b = g.entry(1);
        for (String k : KEYS) {
            assertEquals(Effect.NEUTRAL, effect(k, a, a), k + " seed " + seed);
            Effect forth = effect(k, a, b);
            Effect back = effect(k, b, a);
            if (forth == Effect.MORE_OPEN) {
                assertEquals(Effect.LESS_OPEN, back, k + " seed " + seed);
            }
            if (back == Effect.MORE_OPEN) {
                assertEquals(Effect.LESS_OPEN, forth, k + " seed " + seed);
            }
        }
    }
}

package org.gkml.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** "Not in the future" without the time-zone rules for dates far from today: the same answer as the zone's today. */
class TodayTest {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.ofHours(-12), ZoneOffset.ofHours(14), ZoneOffset.UTC,
            ZoneId.of("Asia/Shanghai"), ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"));

    @Test
    void afterToday_isTheZonesAnswer_onSeededClocksAndDatesAroundToday() {
        Random random = new Random(20261205);
        for (int i = 0; i < 20_000; i++) {
            Instant now = Instant.ofEpochSecond((long) random.nextInt(Integer.MAX_VALUE) * 2 + random.nextInt(86_400));
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Clock clock = Clock.fixed(now, zone);
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalDate date = today.plusDays(random.nextInt(9) - 4);
            Validator v = Validator.builder().clock(clock).build();
            assertEquals(date.isAfter(today), v.afterToday(date), () -> date + " at " + now + " in " + zone);
            assertEquals(today, v.today());
        }
    }

    @Test
    void defaultClock_isTheSystemClockInTheDefaultZone() {
        Validator v = Validator.builder().build();
        LocalDate today = LocalDate.now();
        assertFalse(v.afterToday(today.minusDays(2)));
        assertFalse(v.afterToday(LocalDate.of(2000, 1, 1)));
        // equal to today unless the day turned between the two readings
        LocalDate seen = v.today();
        assertEquals(true, seen.equals(today) || seen.equals(today.plusDays(1)), seen + " vs " + today);
        assertEquals(true, v.afterToday(today.plusDays(2)));
    }
}

package org.gkml.catalog.diff;

import java.util.HashSet;
import java.util.Set;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Duration;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.EntryStatus;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.TimeUnit;

/** The openness effect of a field change (DOMAIN.md, "Openness effects"). */
final class Openness {

    private Openness() {
    }

    static Effect of(String key, Entry a, Entry b) {
        switch (key) {
            case "method":
                if (a.method() == Method.PROACTIVE && b.method() != Method.PROACTIVE) {
                    return Effect.LESS_OPEN;
                }
                return b.method() == Method.PROACTIVE && a.method() != Method.PROACTIVE ? Effect.MORE_OPEN : Effect.NEUTRAL;
            case "audience": {
                AudienceScope x = a.audience() == null ? null : a.audience().scope();
                AudienceScope y = b.audience() == null ? null : b.audience().scope();
                if (x == AudienceScope.PUBLIC && y != AudienceScope.PUBLIC) {
                    return Effect.LESS_OPEN;
                }
                return y == AudienceScope.PUBLIC && x != AudienceScope.PUBLIC ? Effect.MORE_OPEN : Effect.NEUTRAL;
            }
            case "channels":
                return sets(channelKeys(a), channelKeys(b));
            case "levels":
                return sets(new HashSet<>(a.levels()), new HashSet<>(b.levels()));
            case "deadline":
                return deadline(a.deadline(), b.deadline());
            case "duration":
                return compare(days(a.duration()), days(b.duration()), true);
            case "status": {
                boolean x = a.effectiveStatus() == EntryStatus.ACTIVE;
                boolean y = b.effectiveStatus() == EntryStatus.ACTIVE;
                return x && !y ? Effect.LESS_OPEN : y && !x ? Effect.MORE_OPEN : Effect.NEUTRAL;
            }
            default:
                return Effect.NEUTRAL;
        }
    }

    private static <T> Effect sets(Set<T> a, Set<T> b) {
        if (!b.containsAll(a)) {
            return Effect.LESS_OPEN;
        }
        return a.containsAll(b) ? Effect.NEUTRAL : Effect.MORE_OPEN;
    }

    private static Set<ChannelType> channelKeys(Entry e) {
        Set<ChannelType> s = new HashSet<>();
        for (Channel c : e.channels()) {
            s.add(c.type());
        }
        return s;
    }

    /** Longer is less open; structured → unparsed is less open, the reverse more open. */
    static Effect deadline(Deadline a, Deadline b) {
        Double x = days(a);
        Double y = days(b);
        if (x != null && y == null) {
            return Effect.LESS_OPEN;
        }
        if (x == null && y != null) {
            return Effect.MORE_OPEN;
        }
        return compare(x, y, false);
    }

    private static Effect compare(Double x, Double y, boolean longerIsMoreOpen) {
        if (x == null || y == null || x.equals(y)) {
            return Effect.NEUTRAL;
        }
        boolean longer = y > x;
        return longer == longerIsMoreOpen ? Effect.MORE_OPEN : Effect.LESS_OPEN;
    }

    /** An estimate in calendar days of how long publication may wait (5 working days ≈ 7 calendar days). */
    static Double days(Deadline d) {
        if (d == null) {
            return null;
        }
        if (d instanceof Deadline.Within w) {
            return amount(w.amount(), w.unit());
        }
        if (d instanceof Deadline.Immediate) {
            return 0.0;
        }
        if (d instanceof Deadline.Prompt) {
            return amount(Deadline.STATUTORY_WORKING_DAYS, TimeUnit.WORKING_DAY);
        }
        if (d instanceof Deadline.ByDate b) {
            return b.oneOff() ? period(org.gkml.catalog.model.Recurrence.YEARLY) : period(b.recurrence());
        }
        if (d instanceof Deadline.Periodic p) {
            return period(p.recurrence()) + (p.amount() == null ? 0 : amount(p.amount(), p.unit()));
        }
        return null;
    }

    private static double period(org.gkml.catalog.model.Recurrence r) {
        switch (r) {
            case DAILY: return 1;
            case MONTHLY: return 30;
            case QUARTERLY: return 91;
            case SEMIANNUAL: return 182;
            default: return 365;
        }
    }

    static double amount(int n, TimeUnit u) {
        switch (u) {
            case WORKING_DAY: return n * 7.0 / 5.0;
            case CALENDAR_DAY: return n;
            case MONTH: return n * 30.44;
            case YEAR: return n * 365.25;
            default: return n / 24.0;
        }
    }

    /** How long the information stays published, in days (permanent is longest). */
    static Double days(Duration d) {
        if (d == null) {
            return null;
        }
        if (d instanceof Duration.Permanent || d instanceof Duration.LatestValid) {
            return 1e9;
        }
        if (d instanceof Duration.Tenure) {
            return 5 * 365.25;
        }
        if (d instanceof Duration.Fixed f) {
            return amount(f.amount(), f.unit());
        }
        return null;
    }
}

package org.gkml.catalog.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.TimeUnit;
import org.gkml.catalog.model.Trigger;

/**
 * Generates a new version of a catalog by random edits: field changes (method, audience, channels, levels,
 * deadline, content, name, category), recodes, removals, additions and, optionally, reorderings. Each kind of edit
 * is what departments do between yearly submissions. Not thread-safe.
 *
 * @since 0.1
 */
public final class EditGenerator {

    private final CatalogGenerator gen;
    private final Random random;

    /** Edits drawn from the generator's seed. */
    public EditGenerator(CatalogGenerator gen) {
        this.gen = gen;
        this.random = gen.random();
    }

    /** A new version with about {@code percent}% of the entries edited. */
    public Catalog edit(Catalog c, int percent, boolean reorder) {
        List<Entry> out = new ArrayList<>();
        int next = c.entries().size() + 1000;
        for (Entry e : c.entries()) {
            if (random.nextInt(100) >= percent) {
                out.add(e);
                continue;
            }
            switch (random.nextInt(9)) {
                case 0: break; // removed
                case 1: out.add(e.toBuilder().code(e.code() + "R").build()); break; // recoded, content unchanged
                case 2: out.add(e.toBuilder().method(e.method() == Method.PROACTIVE ? Method.ON_REQUEST : Method.PROACTIVE).build()); break;
                case 3: out.add(e.toBuilder().audience(Audience.of(e.audience() != null && e.audience().scope() == AudienceScope.PUBLIC
                        ? AudienceScope.SPECIFIC_GROUP : AudienceScope.PUBLIC)).build()); break;
                case 4: {
                    List<Channel> ch = new ArrayList<>(e.channels());
                    if (!ch.isEmpty() && random.nextBoolean()) {
                        ch.remove(random.nextInt(ch.size()));
                    } else {
                        ch.add(Channel.of(org.gkml.catalog.model.ChannelType.TARGETED_PUSH));
                    }
                    out.add(e.toBuilder().channels(ch).build());
                    break;
                }
                case 5: {
                    List<Level> l = new ArrayList<>(e.levels());
                    if (!l.isEmpty()) {
                        l.remove(0);
                    } else {
                        l.add(Level.COUNTY);
                    }
                    out.add(e.toBuilder().levels(l).build());
                    break;
                }
                case 6: {
                    Deadline d = Deadline.Within.of(Trigger.FORMED_OR_CHANGED, 1 + random.nextInt(20), TimeUnit.WORKING_DAY);
                    out.add(e.toBuilder().deadline(d.withText(d.toText())).build());
                    break;
                }
                case 7: out.add(e.toBuilder().content(new Content("修订后的内容" + random.nextInt(100), List.of()))
                        .category(List.of("调整后类别")).build()); break;
                default: out.add(gen.entry(next++)); out.add(e); break; // an addition before it
            }
        }
        if (reorder && out.size() > 2) {
            int i = random.nextInt(out.size());
            int j = random.nextInt(out.size());
            Entry t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        Catalog.Builder b = c.toBuilder().entries(out);
        if (random.nextInt(4) == 0) {
            b.version("2026版").title(c.title() + "（修订）");
        }
        return b.build();
    }
}

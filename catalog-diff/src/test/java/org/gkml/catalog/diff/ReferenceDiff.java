package org.gkml.catalog.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * The diff as it was before it was bounded in memory: both catalogs whole, every entry compared by equality. The
 * oracle of {@link BoundedDiffTest}.
 */
final class ReferenceDiff {

    private ReferenceDiff() {
    }

    /** The changes from {@code a} to {@code b}, both held whole. */
    static ChangeSet diff(Catalog a, Catalog b) {
        List<Entry> ea = a.entries();
        List<Entry> eb = b.entries();
        int[] matchOfB = new int[eb.size()];
        double[] confidence = new double[eb.size()];
        Arrays.fill(matchOfB, -1);
        boolean[] usedA = new boolean[ea.size()];
        // 1. by code
        Map<String, Integer> byCode = new HashMap<>(ea.size() * 2);
        for (int i = 0; i < ea.size(); i++) {
            String c = ea.get(i).code();
            if (c != null) {
                byCode.putIfAbsent(c, i);
            }
        }
        for (int j = 0; j < eb.size(); j++) {
            Integer i = eb.get(j).code() == null ? null : byCode.get(eb.get(j).code());
            if (i != null && !usedA[i]) {
                usedA[i] = true;
                matchOfB[j] = i;
                confidence[j] = 1;
            }
        }
        // 2. by category path + name among the leftovers
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < ea.size(); i++) {
            if (!usedA[i]) {
                byKey.putIfAbsent(Matching.naturalKey(ea.get(i)), i);
            }
        }
        for (int j = 0; j < eb.size(); j++) {
            if (matchOfB[j] < 0) {
                Integer i = byKey.get(Matching.naturalKey(eb.get(j)));
                if (i != null && !usedA[i]) {
                    usedA[i] = true;
                    matchOfB[j] = i;
                    confidence[j] = 1;
                }
            }
        }
        // 3. similarity on the leftovers, bucketed by name bigrams
        Matching.similar(ea, eb, usedA, matchOfB, confidence);

        List<Change> changes = new ArrayList<>(CatalogDiff.headerChanges(a, b));
        for (int j = 0; j < eb.size(); j++) {
            Entry nb = eb.get(j);
            int i = matchOfB[j];
            if (i < 0) {
                changes.add(new Change(ChangeKind.ADDED, nb.code(), null, Effect.MORE_OPEN, 1, List.of(),
                        CatalogJson.toJsonObject(nb), j));
                continue;
            }
            Entry na = ea.get(i);
            if (na.equals(nb)) {
                continue;
            }
            List<FieldChange> fields = CatalogDiff.fieldChanges(na, nb);
            ChangeKind kind = !Objects.equals(na.code(), nb.code()) ? ChangeKind.RECODED
                    : !na.category().equals(nb.category()) ? ChangeKind.MOVED : ChangeKind.MODIFIED;
            changes.add(new Change(kind, na.code(), kind == ChangeKind.RECODED ? nb.code() : null,
                    Effect.combine(fields.stream().map(FieldChange::effect).toList()), Matching.round(confidence[j]), fields, null, j));
        }
        for (int i = 0; i < ea.size(); i++) {
            if (!usedA[i]) {
                changes.add(new Change(ChangeKind.REMOVED, ea.get(i).code(), null, Effect.LESS_OPEN, 1, List.of(),
                        CatalogJson.toJsonObject(ea.get(i)), -1));
            }
        }
        ChangeSet cs = new ChangeSet(a.id(), a.version(), b.id(), b.version(), changes, List.of());
        // the unchanged entries fill the free slots in their old order; if that is not b's order, record it
        if (!CatalogDiff.orderHolds(matchOfB, changes)) {
            List<String> order = new ArrayList<>(eb.size());
            for (Entry e : eb) {
                order.add(CatalogDiff.orderKey(e.code()));
            }
            cs = new ChangeSet(a.id(), a.version(), b.id(), b.version(), changes, order);
        }
        return cs;
    }

}

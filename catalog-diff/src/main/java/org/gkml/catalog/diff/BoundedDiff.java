package org.gkml.catalog.diff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * The diff in memory bounded by the change, not by the catalogs.
 *
 * <ol>
 *   <li>The old version is read once for each entry's code and digest ({@link OldVersion}).</li>
 *   <li>The new version streams past once: an entry whose code pairs it with an old entry of the same digest is
 *       unchanged and dropped on the spot; every other entry (changed, or not paired by code) is kept.</li>
 *   <li>The old version is read again for the entries the pairing left open or found changed.</li>
 *   <li>The rest is the diff as it always was, on those entries only: pairing by category path and name, then by
 *       similarity within shared bigram buckets, then the field changes ({@link Matching},
 *       {@link CatalogDiff#fieldChanges}).</li>
 * </ol>
 *
 * Memory: about 90 bytes per old entry and 13 per new entry, plus the entries that changed. Time: three readings
 * (the old version twice) and a digest of each entry. The new version is read a second time only when its
 * unchanged entries were reordered, for the order of its codes. Catalogs in memory are neither read again nor
 * digested. The result equals the diff of the two catalogs held whole (tested against that reference).
 */
final class BoundedDiff {

    private BoundedDiff() {
    }

    static ChangeSet diff(CatalogSource sa, CatalogSource sb) throws IOException {
        return diff(OldVersion.read(sa, new EntryDigest()), sa, sb);
    }

    /** The diff from an old version already read once (a merge diffs its base against both sides). */
    static ChangeSet diff(OldVersion a, CatalogSource sa, CatalogSource sb) throws IOException {
        EntryDigest digest = new EntryDigest();
        boolean[] usedA = new boolean[a.size];
        boolean[] wantedA = new boolean[a.size];
        int[] matchOfB = new int[Math.max(16, a.size)];
        Entry[] keptB = new Entry[matchOfB.length];
        int nb = 0;
        long[] d = new long[2];
        Catalog b;
        // 1. by code, as the new version streams past; unchanged entries are not kept
        try (CatalogReader r = sb.open()) {
            r.header();
            for (Entry e; (e = r.next()) != null; nb++) {
                if (nb == matchOfB.length) {
                    matchOfB = Arrays.copyOf(matchOfB, nb + (nb >> 1));
                    keptB = Arrays.copyOf(keptB, matchOfB.length);
                }
                int i = a.indexOf(e.code());
                if (i >= 0 && !usedA[i]) {
                    usedA[i] = true;
                    matchOfB[nb] = i;
                    if (!a.same(i, e, digest, d)) {
                        keptB[nb] = e;
                        wantedA[i] = true;
                    }
                } else {
                    matchOfB[nb] = -1;
                    keptB[nb] = e;
                }
            }
            b = r.trailer();
        }
        matchOfB = Arrays.copyOf(matchOfB, nb);
        List<Entry> eb = Arrays.asList(Arrays.copyOf(keptB, nb));
        keptB = null;
        for (int i = 0; i < a.size; i++) {
            wantedA[i] |= !usedA[i];
        }
        List<Entry> ea = a.load(sa, wantedA);
        double[] confidence = new double[nb];
        for (int j = 0; j < nb; j++) {
            confidence[j] = matchOfB[j] >= 0 ? 1 : 0;
        }
        // 2. by category path + name among the leftovers
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < a.size; i++) {
            if (!usedA[i]) {
                byKey.putIfAbsent(Matching.naturalKey(ea.get(i)), i);
            }
        }
        for (int j = 0; j < nb; j++) {
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

        Catalog ha = a.header;
        List<Change> changes = new ArrayList<>(CatalogDiff.headerChanges(ha, b));
        for (int j = 0; j < nb; j++) {
            Entry nbj = eb.get(j);
            int i = matchOfB[j];
            if (i < 0) {
                changes.add(new Change(ChangeKind.ADDED, nbj.code(), null, Effect.MORE_OPEN, 1, List.of(),
                        CatalogJson.toJsonObject(nbj), j));
                continue;
            }
            Entry na = ea.get(i);
            if (nbj == null || na.equals(nbj)) {
                continue; // unchanged (dropped while streaming, or equal though its digest differed)
            }
            List<FieldChange> fields = CatalogDiff.fieldChanges(na, nbj);
            ChangeKind kind = !Objects.equals(na.code(), nbj.code()) ? ChangeKind.RECODED
                    : !na.category().equals(nbj.category()) ? ChangeKind.MOVED : ChangeKind.MODIFIED;
            changes.add(new Change(kind, na.code(), kind == ChangeKind.RECODED ? nbj.code() : null,
                    Effect.combine(fields.stream().map(FieldChange::effect).toList()), Matching.round(confidence[j]), fields, null, j));
        }
        for (int i = 0; i < a.size; i++) {
            if (!usedA[i]) {
                changes.add(new Change(ChangeKind.REMOVED, ea.get(i).code(), null, Effect.LESS_OPEN, 1, List.of(),
                        CatalogJson.toJsonObject(ea.get(i)), -1));
            }
        }
        // the unchanged entries fill the free slots in their old order; if that is not the new order, record it
        List<String> order = List.of();
        if (!CatalogDiff.orderHolds(matchOfB, changes)) {
            order = codes(sb, nb);
        }
        return new ChangeSet(ha.id(), ha.version(), b.id(), b.version(), changes, order);
    }

    /** The new version's codes in order, read again. */
    private static List<String> codes(CatalogSource source, int n) throws IOException {
        List<String> out = new ArrayList<>(n);
        try (CatalogReader r = source.open()) {
            r.header();
            for (Entry e; (e = r.next()) != null; ) {
                out.add(CatalogDiff.orderKey(e.code()));
            }
        }
        if (out.size() != n) {
            throw new SourceChangedException();
        }
        return out;
    }
}

package org.gkml.catalog.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gkml.catalog.model.ChineseText;
import org.gkml.catalog.model.Entry;

/**
 * How the entries of two versions are paired: by code, by category path + name, then the leftovers by similarity of name and content within shared character-bigram buckets (no quadratic pass). Stateless.
 */
final class Matching {

    private Matching() {
    }

    static final double SIMILAR = 0.5;
    static final int BUCKET_CAP = 64;

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    static String naturalKey(Entry e) {
        StringBuilder b = new StringBuilder();
        for (String c : e.category()) {
            b.append(ChineseText.fold(c)).append('\u0001');
        }
        return b.append('\u0002').append(e.name() == null ? "" : ChineseText.fold(e.name())).toString();
    }

    static void similar(List<Entry> ea, List<Entry> eb, boolean[] usedA, int[] matchOfB, double[] confidence) {
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int j = 0; j < eb.size(); j++) {
            if (matchOfB[j] >= 0) {
                continue;
            }
            for (String g : bigrams(eb.get(j).name())) {
                buckets.computeIfAbsent(g, k -> new ArrayList<>()).add(j);
            }
        }
        if (buckets.isEmpty()) {
            return;
        }
        record Pair(int i, int j, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < ea.size(); i++) {
            if (usedA[i]) {
                continue;
            }
            Set<Integer> candidates = new LinkedHashSet<>();
            for (String g : bigrams(ea.get(i).name())) {
                List<Integer> bucket = buckets.get(g);
                if (bucket != null && bucket.size() <= BUCKET_CAP) {
                    candidates.addAll(bucket);
                }
            }
            for (int j : candidates) {
                double s = similarity(ea.get(i), eb.get(j));
                if (s >= SIMILAR) {
                    pairs.add(new Pair(i, j, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        for (Pair p : pairs) {
            if (!usedA[p.i()] && matchOfB[p.j()] < 0) {
                usedA[p.i()] = true;
                matchOfB[p.j()] = p.i();
                confidence[p.j()] = Math.min(1, p.score());
            }
        }
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        String f = ChineseText.fold(s);
        if (f.length() == 1) {
            out.add(f);
        }
        for (int k = 0; k + 1 < f.length(); k++) {
            out.add(f.substring(k, k + 2));
        }
        return out;
    }

    static double jaccard(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int inter = 0;
        for (String s : x) {
            if (y.contains(s)) {
                inter++;
            }
        }
        return (double) inter / (x.size() + y.size() - inter);
    }

    /** Name similarity weighs most; content, category and deadline confirm. */
    static double similarity(Entry a, Entry b) {
        double name = jaccard(bigrams(a.name()), bigrams(b.name()));
        double content = jaccard(bigrams(a.content() == null ? null : a.content().summary()),
                bigrams(b.content() == null ? null : b.content().summary()));
        double s = 0.55 * name + 0.3 * content;
        if (a.category().equals(b.category())) {
            s += 0.1;
        }
        if (Objects.equals(a.deadline(), b.deadline())) {
            s += 0.05;
        }
        return s;
    }
}

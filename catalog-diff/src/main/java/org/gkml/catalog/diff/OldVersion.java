package org.gkml.catalog.diff;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * The version the changes are made from, as the diff (and the patch) keep it while the other version streams past:
 * each entry's code and 128-bit digest (about 90 bytes an entry; the patch keeps no digests), an index of the codes
 * (first occurrence, as matching by code pairs), and on request the entries themselves, read again from the source. A catalog in memory is kept as it is.
 * Not thread-safe.
 */
final class OldVersion {

    final Catalog header;
    final int size;
    private final String[] codes;
    private final long[] digests;
    private final List<Entry> inMemory;
    private final int[] table;
    private final int mask;
    /** The longest run of occupied places an insertion passed (for the tests: the index stays flat). */
    private int longest;

    private OldVersion(Catalog header, int size, String[] codes, long[] digests, List<Entry> inMemory) {
        this.header = header;
        this.size = size;
        this.codes = codes;
        this.digests = digests;
        this.inMemory = inMemory;
        int cap = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        this.table = new int[cap];
        this.mask = cap - 1;
        for (int i = 0; i < size; i++) {
            String c = code(i);
            if (c == null) {
                continue;
            }
            int k = slot(c) & mask;
            int probe = 0;
            for (; table[k] != 0; k = (k + 1) & mask, probe++) {
                if (c.equals(code(table[k] - 1))) {
                    break; // the first entry with this code keeps it
                }
            }
            if (table[k] == 0) {
                table[k] = i + 1;
            }
            longest = Math.max(longest, probe);
        }
    }

    /** Reads the source once for its codes alone (what a patch needs), or takes a catalog in memory. */
    static OldVersion codes(CatalogSource source) throws IOException {
        return read(source, null);
    }

    /** Reads the source once: codes and digests (none when {@code digest} is null), or the entries of a catalog in memory. */
    static OldVersion read(CatalogSource source, EntryDigest digest) throws IOException {
        if (source instanceof CatalogSource.InMemory m) {
            Catalog c = m.catalog();
            return new OldVersion(c.withEntries(List.of()), c.entries().size(), null, null, c.entries());
        }
        String[] codes = new String[1024];
        long[] digests = digest == null ? null : new long[2048];
        long[] d = new long[2];
        int n = 0;
        Catalog header;
        try (CatalogReader r = source.open()) {
            r.header();
            for (Entry e; (e = r.next()) != null; n++) {
                if (n == codes.length) {
                    codes = Arrays.copyOf(codes, n + (n >> 1));
                    digests = digest == null ? null : Arrays.copyOf(digests, codes.length * 2);
                }
                codes[n] = e.code();
                if (digest != null) {
                    digest.of(e, d);
                    digests[2 * n] = d[0];
                    digests[2 * n + 1] = d[1];
                }
            }
            header = r.trailer();
        }
        return new OldVersion(header, n, codes, digests, null);
    }

    String code(int i) {
        return inMemory != null ? inMemory.get(i).code() : codes[i];
    }

    int longestProbe() {
        return longest;
    }

    /** The index of the first entry with this code, or -1. */
    int indexOf(String code) {
        if (code == null) {
            return -1;
        }
        for (int k = slot(code) & mask; table[k] != 0; k = (k + 1) & mask) {
            if (code.equals(code(table[k] - 1))) {
                return table[k] - 1;
            }
        }
        return -1;
    }

    /** Whether entry {@code i} equals {@code e} (by digest when only digests are kept; {@code d} is scratch). */
    boolean same(int i, Entry e, EntryDigest digest, long[] d) {
        if (inMemory != null) {
            return inMemory.get(i).equals(e);
        }
        digest.of(e, d);
        return digests[2 * i] == d[0] && digests[2 * i + 1] == d[1];
    }

    /**
     * The entries asked for, read again from the source, in a list of {@link #size} where the others are
     * {@code null}.
     *
     * @throws IOException also when the source no longer holds what it held on the first reading
     */
    List<Entry> load(CatalogSource source, boolean[] wanted) throws IOException {
        if (inMemory != null) {
            return inMemory;
        }
        Entry[] out = new Entry[size];
        long[] d = new long[2];
        EntryDigest digest = digests == null ? null : new EntryDigest();
        int i = 0;
        try (CatalogReader r = source.open()) {
            r.header();
            for (Entry e; (e = r.next()) != null; i++) {
                if (i < size && wanted[i]) {
                    if (digests != null ? !same(i, e, digest, d) : !java.util.Objects.equals(codes[i], e.code())) {
                        throw changed();
                    }
                    out[i] = e;
                }
            }
        }
        if (i != size) {
            throw changed();
        }
        return Arrays.asList(out);
    }

    private static IOException changed() {
        return new SourceChangedException();
    }

    /** A seed drawn once a run: a file cannot be made of codes that all land in one place of the index. */
    private static final long SEED = org.gkml.catalog.io.internal.HashSeed.next() | 1;

    /**
     * Where a code starts its probe: a seeded hash of its characters, not {@link String#hashCode()}, whose collisions
     * are easy to write (Aa and BB), so that a crafted catalog cannot turn the index's linear probing quadratic.
     */
    private static int slot(String code) {
        long h = SEED;
        for (int i = 0; i < code.length(); i++) {
            h = (h ^ code.charAt(i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        h ^= h >>> 32;
        return (int) h;
    }
}

package org.gkml.catalog.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.gkml.catalog.io.internal.JsonModelWriter;
import org.gkml.catalog.io.json.JsonOut;
import org.gkml.catalog.model.Entry;

/**
 * A 128-bit digest of an entry: its canonical compact JSON (the writer every JSON document uses, so equal entries
 * give equal text and the text tells different entries apart) hashed as it is written, never kept. Two lanes of
 * MurmurHash3's x64 128-bit mixing over the UTF-16 units, four to a 64-bit word. Not thread-safe: one per reading.
 *
 * <p>Used by the bounded-memory diff to tell an unchanged entry from a changed one without holding either: a
 * changed entry whose digest is still equal would need a 128-bit collision between two versions of one entry.
 */
final class EntryDigest extends Writer {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private final JsonOut json = new JsonOut(this, false);
    private long h1;
    private long h2;
    private long word;
    private int inWord;
    private boolean lane;
    private long length;

    /** The digest of one entry, as {@code out[0]} (high) and {@code out[1]} (low). */
    void of(Entry e, long[] out) {
        h1 = 0x9368e53c2f6af274L;
        h2 = 0x586dcd208f7cd3fdL;
        word = 0;
        inWord = 0;
        lane = false;
        length = 0;
        json.reset();
        try {
            JsonModelWriter.entry(json, e);
            json.drain();
        } catch (IOException x) {
            throw new UncheckedIOException(x); // this writer never fails
        }
        if (inWord > 0) {
            mix(word);
        }
        long a = h1 ^ length;
        long b = h2 ^ length;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        out[0] = a;
        out[1] = b;
    }

    private void add(char c) {
        word |= (long) c << (inWord << 4);
        if (++inWord == 4) {
            mix(word);
            word = 0;
            inWord = 0;
        }
    }

    private void mix(long k) {
        if (!lane) {
            k *= C1;
            k = Long.rotateLeft(k, 31);
            k *= C2;
            h1 ^= k;
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
        } else {
            k *= C2;
            k = Long.rotateLeft(k, 33);
            k *= C1;
            h2 ^= k;
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        lane = !lane;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    @Override
    public Writer append(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            add(s.charAt(i));
        }
        length += n;
        return this;
    }

    @Override
    public void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            add(buf[i]);
        }
        length += len;
    }

    @Override
    public void write(String s, int off, int len) {
        for (int i = off; i < off + len; i++) {
            add(s.charAt(i));
        }
        length += len;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}

package org.gkml.catalog.diff;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * The result of a change set that reorders the unchanged entries, put in its order without holding it: each entry of
 * the result, as the changes place it, is written to a temporary file (compact JSON), and memory keeps its offset,
 * where it came from and, by code, which entries have the code; the order is then checked whole against the codes
 * (a conflict before anything is handed on, as when applied in memory) and the entries read back in its sequence.
 * The file is deleted when closed.
 */
final class Reordered implements Patching.Sink, AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private long written;
    private long[] offsets = new long[1024];
    private int[] from = new int[1024];
    private int n;
    /** The result entries by order key: an Integer for one entry, an int[] (count first) for several. */
    private final Map<String, Object> byCode = new HashMap<>();
    private Catalog header;
    /** A code whose one entry the order has named already. */
    private static final Object NONE_LEFT = new Object();

    Reordered() throws IOException {
        file = Files.createTempFile("catalog-reorder", ".jsonl");
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    @Override
    public void begin(Catalog h) {
        header = h;
    }

    @Override
    public void entry(Entry e, int i) throws IOException {
        if (n + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            from = Arrays.copyOf(from, from.length * 2);
        }
        byte[] json = CatalogJson.entryToUtf8(e);
        out.write(json);
        offsets[n] = written;
        written += json.length;
        offsets[n + 1] = written;
        from[n] = i;
        String key = CatalogDiff.orderKey(e.code());
        Object had = byCode.get(key);
        if (had == null) {
            byCode.put(key, n);
        } else if (had instanceof Integer one) {
            byCode.put(key, new int[] {2, one, n, 0});
        } else {
            int[] several = (int[]) had;
            if (several[0] + 1 == several.length) {
                several = Arrays.copyOf(several, several.length * 2);
                byCode.put(key, several);
            }
            several[++several[0]] = n;
        }
        n++;
    }

    /** Hands the result to the sink in the order's sequence of codes. */
    void replay(List<String> order, Patching.Sink sink) throws PatchConflictException, IOException {
        out.flush();
        int[] sequence = new int[order.size()];
        Map<String, Integer> taken = new HashMap<>(); // of a repeated code: how many of its entries the order has named
        for (int k = 0; k < sequence.length; k++) {
            String code = order.get(k);
            Object had = byCode.get(code);
            int t = had instanceof int[] ? taken.getOrDefault(code, 0) : 0;
            if (had instanceof Integer one) {
                sequence[k] = one;
                byCode.put(code, NONE_LEFT);
            } else if (had instanceof int[] several && t < several[0]) {
                sequence[k] = several[1 + t];
                taken.put(code, t + 1);
            } else {
                throw new PatchConflictException("change set order names entry \"" + code + "\" which the result does not have",
                        "变更集的顺序列出了事项 \"" + code + "\"，但结果中没有它");
            }
        }
        sink.begin(header);
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] buf = new byte[4096];
            for (int idx : sequence) {
                int len = (int) (offsets[idx + 1] - offsets[idx]);
                if (buf.length < len) {
                    buf = new byte[Math.max(len, buf.length * 2)];
                }
                in.seek(offsets[idx]);
                in.readFully(buf, 0, len);
                Entry e;
                try {
                    e = CatalogJson.entryFromUtf8(buf, len); // read in place: the next entry is read over it
                } catch (CatalogFormatException x) {
                    throw new IOException("the temporary file " + file + " changed while the result was put in order: " + x.getMessage(), x);
                }
                sink.entry(e, from[idx]);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

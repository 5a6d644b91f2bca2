package org.gkml.catalog.io.sheet;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Rows read ahead on a thread of their own (decoding and splitting a large CSV while the table is being understood),
 * handed over in batches through a bounded queue: at most {@link #BATCHES} batches wait, so memory stays bounded
 * whatever the file's size. A read error reaches the consumer at the point where it asks for the rows that failed.
 * Closing stops the reading thread (it closes its source) without waiting for it.
 */
final class PrefetchedRows implements Grid.Rows {

    /** The batches read ahead at most (a batch is the records of one 64K-character block). */
    static final int BATCHES = 16;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    private volatile boolean closed;
    private boolean ended;

    private final Thread reader;

    PrefetchedRows(Grid.Rows source, String name) {
        reader = new Thread(() -> run(source), "gkml-sheet-reader " + name);
        reader.setDaemon(true);
        // whatever ends the thread is handed to the consumer; nothing is printed on the way (a user sees one line)
        reader.setUncaughtExceptionHandler((thread, e) -> { });
        reader.start();
    }

    private void run(Grid.Rows source) {
        Object last = END;
        try (source) {
            for (List<String[]> batch = source.next(); batch != null; batch = source.next()) {
                if (!batch.isEmpty() && !put(batch)) {
                    return; // closed by the consumer
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            last = e;
        }
        put(last);
    }

    private boolean put(Object o) {
        try {
            while (!closed) {
                if (queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String[]> next() throws IOException {
        if (ended) {
            return null;
        }
        Object o;
        try {
            while ((o = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (!reader.isAlive() && queue.isEmpty()) {
                    ended = true; // the reading thread ended without a word: out of memory while saying why
                    throw new OutOfMemoryError("the rows could not be read on");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the rows being read");
        }
        if (o instanceof List) {
            return (List<String[]>) o;
        }
        ended = true;
        if (o == END) {
            return null;
        }
        if (o instanceof IOException e) {
            throw e;
        }
        if (o instanceof Error e) {
            throw e;
        }
        throw new IOException(((Throwable) o).getMessage(), (Throwable) o);
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
    }
}

package org.gkml.catalog.cli;

import java.io.PrintStream;

/**
 * A progress line on stderr for work that takes more than about a second, shown only when stderr is a terminal
 * (never in pipes, files or tests). Close it when the work is done.
 */
final class Progress implements AutoCloseable {

    private final Thread ticker;
    private volatile boolean done;

    private Progress(PrintStream err, String what) {
        long start = System.nanoTime();
        ticker = new Thread(() -> {
            try {
                Thread.sleep(1000);
                while (!done) {
                    long s = (System.nanoTime() - start) / 1_000_000_000L;
                    err.print("\r" + what + " … " + s + " s");
                    err.flush();
                    Thread.sleep(1000);
                }
                err.print("\r\033[K");
                err.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "catalog-progress");
        ticker.setDaemon(true);
    }

    /** Starts a progress line if stderr is a terminal; otherwise a no-op. */
    static Progress start(Context ctx, String what) {
        Progress p = new Progress(ctx.err, what);
        if (System.console() != null && ctx.err == ctxSystemErr(ctx)) {
            p.ticker.start();
        }
        return p;
    }

    private static PrintStream ctxSystemErr(Context ctx) {
        return ctx.terminalErr;
    }

    @Override
    public void close() {
        done = true;
        if (ticker.isAlive()) {
            ticker.interrupt();
            try {
                ticker.join(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ticker.interrupt();
        }
    }
}

package org.gkml.catalog.cli;

import java.io.PrintStream;

/**
 * A progress line on stderr for work that takes more than about a second, shown only when stderr is a terminal
 * (never in pipes, files or tests). Close it when the work is done. Its thread is made only when it is shown, and
 * runs this class rather than a lambda (linking a lambda costs a first answer some 0.2 ms).
 */
final class Progress implements AutoCloseable, Runnable {

    private final PrintStream err;
    private final String what;
    private final long start = System.nanoTime();
    private Thread ticker;
    private volatile boolean done;

    private Progress(PrintStream err, String what) {
        this.err = err;
        this.what = what;
    }

    /** Starts a progress line if stderr is a terminal; otherwise a no-op. */
    static Progress start(Context ctx, String what) {
        Progress p = new Progress(ctx.err, what);
        if (ctx.err == ctx.terminalErr && System.console() != null) {
            p.ticker = new Thread(p, "catalog-progress");
            p.ticker.setDaemon(true);
            p.ticker.start();
        }
        return p;
    }

    @Override
    public void run() {
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
    }

    @Override
    public void close() {
        done = true;
        if (ticker != null && ticker.isAlive()) {
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

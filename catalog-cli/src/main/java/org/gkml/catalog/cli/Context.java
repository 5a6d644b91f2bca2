package org.gkml.catalog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.CalendarDataException;

/** The streams and flags one invocation runs with, and the mapping of failures to one-line messages. */
final class Context {

    /** Implemented by commands that need the context. */
    interface Aware {
        void context(Context ctx);
    }

    final PrintStream out;
    final PrintStream err;
    final boolean debug;
    /** The process's own stderr when this run writes to it (progress lines only go there). */
    final PrintStream terminalErr;

    Context(PrintStream out, PrintStream err, boolean debug, PrintStream terminalErr) {
        this.out = out;
        this.err = err;
        this.debug = debug;
        this.terminalErr = terminalErr;
    }

    /** Reports a failure on stderr as one line and returns exit code 2. */
    int fail(Throwable ex) {
        Throwable e = ex;
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            e = u.getCause();
        }
        String msg;
        if (e instanceof CatalogFormatException) {
            msg = e.getMessage();
        } else if (e instanceof NoSuchFileException n) {
            msg = n.getFile() + ": no such file";
        } else if (e instanceof AccessDeniedException a) {
            msg = a.getFile() + ": permission denied";
        } else if (e instanceof IOException) {
            msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } else if (e instanceof OutOfMemoryError) {
            msg = "out of memory; give the JVM more heap with -Xmx";
        } else if (e instanceof CalendarDataException || e instanceof IllegalArgumentException) {
            msg = e.getMessage();
        } else {
            msg = "internal error: " + e + " (run with --debug for details and report it)";
        }
        err.println("catalog: " + msg.replace('\n', ' '));
        if (debug) {
            e.printStackTrace(err);
        }
        return 2;
    }
}

package org.gkml.catalog.cli;

/** Base of the commands: receives the invocation's streams and flags. */
abstract class ContextCommand implements Context.Aware {

    /** The streams and flags of this invocation. */
    protected Context ctx;

    @Override
    public final void context(Context c) {
        ctx = c;
    }

    /** Tells on stderr of a register's cell not taken as it stood (or of an empty one a record needs), with its cell. */
    protected final void printNote(java.nio.file.Path file, org.gkml.catalog.io.sheet.ImportNote n) {
        ctx.err.println(file.getFileName() + ": " + n.where() + (n.header() == null ? "" : " " + n.header())
                + (n.text() == null ? "" : " \"" + n.text() + "\"") + ": " + n.reason());
    }
}

package org.gkml.catalog.cli;

/** Base of the commands: receives the invocation's streams and flags. */
abstract class ContextCommand implements Context.Aware {

    /** The streams and flags of this invocation. */
    protected Context ctx;

    @Override
    public final void context(Context c) {
        ctx = c;
    }
}

package org.gkml.catalog.io.internal;

/** Not API. The begin → write* → end protocol of the streaming catalog writers, checked in one place. */
public final class WriterState {

    private boolean begun;
    private boolean ended;

    public void begin() {
        if (begun) {
            throw new IllegalStateException("begin() was already called");
        }
        begun = true;
    }

    public void write() {
        if (!begun || ended) {
            throw new IllegalStateException("write() must come between begin() and end()");
        }
    }

    /** Whether the document is to be ended now (false when it already was). */
    public boolean end() {
        if (!begun) {
            throw new IllegalStateException("end() before begin()");
        }
        if (ended) {
            return false;
        }
        ended = true;
        return true;
    }

    public boolean begun() {
        return begun;
    }
}

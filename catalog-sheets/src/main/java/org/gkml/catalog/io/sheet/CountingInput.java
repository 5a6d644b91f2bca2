package org.gkml.catalog.io.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that tells {@link #counted(long)} how many bytes each read gave, so that a limit can stop the reading. */
abstract class CountingInput extends FilterInputStream {

    CountingInput(InputStream in) {
        super(in);
    }

    /** Called after every read that gave bytes; throws to stop the reading. */
    abstract void counted(long n) throws IOException;

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }
}

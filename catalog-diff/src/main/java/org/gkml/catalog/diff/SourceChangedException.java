package org.gkml.catalog.diff;

import java.io.IOException;

/**
 * A catalog file read more than once by a streamed diff, patch or merge no longer held what it held on the first
 * reading (it was written to meanwhile). Compare again once it is stable.
 *
 * @since 0.2
 */
public final class SourceChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    public SourceChangedException() {
        super("the catalog changed while it was being compared; compare it again");
    }
}

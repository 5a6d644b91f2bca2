package org.gkml.catalog.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output file could not be written; the message names the file and the reason in one line
 * ({@code out.xml: cannot write: no space left on the device}). The file is left as it was ({@link AtomicOutput}).
 *
 * @since 0.2
 */
public class OutputFailedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path target;

    /** A failure to write {@code target}, for the reason given. */
    public OutputFailedException(Path target, String reason) {
        super(target + ": cannot write: " + reason);
        this.target = target;
    }

    /** The file that could not be written. */
    public Path target() {
        return target;
    }
}

package org.gkml.catalog.io;

import java.io.IOException;

/**
 * The input cannot be read as a catalog: malformed JSON/XML, wrong types, a file that is not what it claims,
 * a hostile document. The message names the location (file, line/column, JSON Pointer or sheet cell) and what
 * was expected. Problems in a readable catalog's <em>data</em> are validation issues, not this exception.
 *
 * @since 0.1
 */
public class CatalogFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String problem;

    /** An exception at a location. */
    public CatalogFormatException(Location location, String problem) {
        this(location, problem, null);
    }

    /** An exception at a location with a cause. */
    public CatalogFormatException(Location location, String problem, Throwable cause) {
        super(compose(location, problem), cause);
        this.location = location;
        this.problem = problem;
    }

    private static String compose(Location location, String problem) {
        String where = location == null ? "" : location.toString();
        return where.isEmpty() ? problem : where + ": " + problem;
    }

    /** Where the problem is; never {@code null} but may be empty. */
    public Location location() {
        return location == null ? new Location(null, 0, 0, null, null, null) : location;
    }

    /** The problem without the location. */
    public String problem() {
        return problem;
    }

    /** The same problem attributed to a file. */
    public CatalogFormatException inFile(String file) {
        CatalogFormatException e = new CatalogFormatException(location().withFile(file), problem, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}

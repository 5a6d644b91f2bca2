package org.gkml.catalog.io.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * The fast reader while it holds, then the reference reader on the same file, the entries already handed out
 * passed over. A bail-out is decided by the fast reader before it hands out anything of the entry or member it
 * was reading, so nothing is handed out twice or missed.
 */
final class XmlFallbackReader implements CatalogReader {
    private final Path path;
    private final java.util.function.Consumer<org.gkml.catalog.io.BindingProblem> problems;
    private FastXml fast;
    private CatalogReader reference;
    private int handedOut;
    private boolean headerAsked;

    XmlFallbackReader(Path path, java.util.function.Consumer<org.gkml.catalog.io.BindingProblem> problems) throws IOException {
        this.path = path;
        this.problems = problems;
        this.fast = new FastXml(path);
    }

    /** Whether the reference reader took over. */
    boolean fellBack() {
        return reference != null;
    }

    /** Switches to the reference reader, positioned where the fast one stood. */
    private CatalogReader reference() throws IOException {
        if (reference == null) {
            fast.close();
            fast = null;
            InputStream in = Files.newInputStream(path);
            try {
                reference = CatalogXml.open(new java.io.BufferedInputStream(in, 1 << 16), path.getFileName().toString(), problems);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
            if (headerAsked || handedOut > 0) {
                reference.header();
            }
            for (int i = 0; i < handedOut; i++) {
                reference.next();
            }
        }
        return reference;
    }

    @Override
    public Catalog header() throws IOException {
        if (fast != null) {
            try {
                Catalog h = fast.header();
                headerAsked = true;
                return h;
            } catch (IOException | RuntimeException e) {
                // the reference reader says what is wrong, in its words and at its location
            }
        }
        headerAsked = true;
        return reference().header();
    }

    @Override
    public Entry next() throws IOException {
        if (fast != null) {
            try {
                Entry e = fast.next();
                if (e != null) {
                    handedOut++;
                }
                return e;
            } catch (IOException | RuntimeException e) {
                // as above
            }
        }
        return reference().next();
    }

    @Override
    public Catalog trailer() throws IOException {
        if (fast != null) {
            try {
                return fast.trailer();
            } catch (RuntimeException e) {
                // as above: the reference reader reads to the end and reports what is missing
                CatalogReader r = reference();
                while (r.next() != null) {
                    continue;
                }
                return r.trailer();
            }
        }
        return reference().trailer();
    }

    @Override
    public Location entryLocation() {
        return fast != null ? fast.entryLocation() : reference.entryLocation();
    }

    @Override
    public void close() throws IOException {
        try {
            if (fast != null) {
                fast.close();
            }
        } finally {
            if (reference != null) {
                reference.close();
            }
        }
    }
}

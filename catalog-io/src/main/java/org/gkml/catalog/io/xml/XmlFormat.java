package org.gkml.catalog.io.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormat;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.CatalogWriter;
import org.gkml.catalog.io.Formats;
import org.gkml.catalog.model.Catalog;

/**
 * The XML form of the wire format as a {@link CatalogFormat}: streamed reading ({@link CatalogXml#open}) and
 * writing ({@link XmlCatalogWriter}). Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class XmlFormat implements CatalogFormat {

    @Override
    public Formats.Format format() {
        return Formats.Format.XML;
    }

    /** A file is read on the fast path ({@link FastXml}), with the reference reader taking over at anything unusual. */
    @Override
    public CatalogReader open(java.nio.file.Path file, Consumer<BindingProblem> problems) throws IOException {
        return FastXml.open(file, problems);
    }

    @Override
    public CatalogReader open(InputStream in, String name, Consumer<BindingProblem> problems) throws IOException {
        return CatalogXml.open(in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16), name, problems);
    }

    @Override
    public void write(Catalog catalog, OutputStream out) throws IOException {
        CatalogXml.write(catalog, out);
    }

    @Override
    public CatalogWriter writer(OutputStream out) throws IOException {
        return XmlCatalogWriter.to(out);
    }
}

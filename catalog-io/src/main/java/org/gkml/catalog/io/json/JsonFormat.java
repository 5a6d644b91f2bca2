package org.gkml.catalog.io.json;

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
 * The JSON form of the wire format as a {@link CatalogFormat}: streamed reading ({@link JsonCatalogReader}) and
 * writing ({@link JsonCatalogWriter}, pretty-printed). Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class JsonFormat implements CatalogFormat {

    @Override
    public Formats.Format format() {
        return Formats.Format.JSON;
    }

    @Override
    public CatalogReader open(InputStream in, String name, Consumer<BindingProblem> problems) throws IOException {
        return JsonCatalogReader.open(in, name, problems);
    }

    @Override
    public void write(Catalog catalog, OutputStream out) throws IOException {
        CatalogJson.write(catalog, out, true);
    }

    @Override
    public CatalogWriter writer(OutputStream out) throws IOException {
        return JsonCatalogWriter.to(out, true);
    }
}

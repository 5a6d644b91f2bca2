package org.gkml.catalog.io.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * Jakarta JSON Binding (Eclipse Yasson) for the model: a {@link JsonbConfig} whose serializers and deserializers
 * map {@link Catalog} and {@link Entry} to and from the wire format exactly as {@link CatalogJson} does (same
 * keys, order, tagged variants, checks), so that systems built on JSON-B can bind catalogs with their own
 * {@link Jsonb}:
 *
 * <pre>{@code
 * Jsonb jsonb = CatalogJsonb.create();
 * Catalog c = jsonb.fromJson(text, Catalog.class);
 * String json = jsonb.toJson(c);
 * }</pre>
 *
 * A malformed document raises {@link JsonbException} whose message names the JSON Pointer. Thread-safe.
 *
 * @since 0.1
 */
public final class CatalogJsonb {

    private CatalogJsonb() {
    }

    /** A configuration with the catalog and entry (de)serializers; add your own settings to it. */
    public static JsonbConfig config() {
        return new JsonbConfig()
                .withSerializers(new CatalogSerializer(), new EntrySerializer())
                .withDeserializers(new CatalogDeserializer(), new EntryDeserializer());
    }

    /** A new {@link Jsonb} with {@link #config()}; create it once, it is costly. */
    public static Jsonb create() {
        try {
            Class.forName("jakarta.json.bind.JsonbBuilder", false, CatalogJsonb.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("CatalogJsonb needs a Jakarta JSON Binding implementation on the class path, "
                    + "e.g. org.eclipse.yasson:yasson (an optional dependency of catalog-io)", e);
        }
        try {
            return JsonbBuilder.create(config());
        } catch (JsonbException e) {
            throw new IllegalStateException("CatalogJsonb needs a Jakarta JSON Binding implementation on the class path, "
                    + "e.g. org.eclipse.yasson:yasson (an optional dependency of catalog-io): " + e.getMessage(), e);
        }
    }

    private static StreamingBinder.Sink strict() {
        return (pointer, kind, message) -> {
            throw new CatalogFormatException(org.gkml.catalog.io.Location.pointer(null, pointer), message);
        };
    }

    private static JsonbException wrap(CatalogFormatException e) {
        return new JsonbException(e.getMessage(), e);
    }

    /** Writes a catalog as its wire-format object. */
    public static final class CatalogSerializer implements JsonbSerializer<Catalog> {
        @Override
        public void serialize(Catalog c, JsonGenerator g, SerializationContext ctx) {
            g.writeStartObject();
            for (Map.Entry<String, jakarta.json.JsonValue> m : CatalogJson.headerToJsonObject(c).entrySet()) {
                g.write(m.getKey(), m.getValue());
            }
            g.writeStartArray("entries");
            for (Entry e : c.entries()) {
                g.write(CatalogJson.toJsonObject(e));
            }
            g.writeEnd();
            g.writeEnd();
        }
    }

    /** Writes an entry as its wire-format object. */
    public static final class EntrySerializer implements JsonbSerializer<Entry> {
        @Override
        public void serialize(Entry e, JsonGenerator g, SerializationContext ctx) {
            g.write(CatalogJson.toJsonObject(e));
        }
    }

    /** Reads a catalog, checking it like {@link CatalogJson#read}. */
    public static final class CatalogDeserializer implements JsonbDeserializer<Catalog> {
        @Override
        public Catalog deserialize(JsonParser p, DeserializationContext ctx, Type type) {
            StreamingBinder entries = new StreamingBinder(p, strict());
            Catalog.Builder header = Catalog.builder().specVersion(null);
            List<Entry> list = new ArrayList<>();
            try {
                for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
                    String key = p.getString();
                    JsonParser.Event v = p.next();
                    if (key.equals("entries")) {
                        if (v != JsonParser.Event.START_ARRAY) {
                            throw new CatalogFormatException(org.gkml.catalog.io.Location.pointer(null, "/entries"), "expected an array of entries");
                        }
                        int i = 0;
                        for (JsonParser.Event x = p.next(); x != JsonParser.Event.END_ARRAY; x = p.next()) {
                            if (x != JsonParser.Event.START_OBJECT) {
                                throw new CatalogFormatException(org.gkml.catalog.io.Location.pointer(null, "/entries/" + i), "expected an entry object");
                            }
                            list.add(entries.entry("/entries/" + i++));
                        }
                    } else {
                        entries.catalogMember(header, key, v);
                    }
                }
            } catch (CatalogFormatException e) {
                throw wrap(e);
            }
            return header.entries(list).build();
        }
    }

    /** Reads an entry, checking it like the entries of a document. */
    public static final class EntryDeserializer implements JsonbDeserializer<Entry> {
        @Override
        public Entry deserialize(JsonParser p, DeserializationContext ctx, Type type) {
            try {
                return new StreamingBinder(p, strict()).entry("");
            } catch (CatalogFormatException e) {
                throw wrap(e);
            }
        }
    }
}

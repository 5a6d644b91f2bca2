package org.gkml.catalog.diff;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Objects;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Entry;

/**
 * RFC 6902 JSON Patch operations of a change set against the canonical JSON of its base. Stateless.
 */
final class JsonPatches {

    private JsonPatches() {
    }


    static void fieldOps(JsonArrayBuilder ops, Entry before, Entry after, int j) {
        if (before.equals(after)) {
            return;
        }
        JsonObject x = CatalogJson.toJsonObject(before);
        JsonObject y = CatalogJson.toJsonObject(after);
        for (String k : CatalogDiff.KEYS) {
            if (!Objects.equals(x.get(k), y.get(k))) {
                ops.add(op(x.get(k), y.get(k), "/entries/" + j + "/" + k));
            }
        }
    }

    static JsonObjectBuilder op(JsonValue old, JsonValue now, String path) {
        if (old == null) {
            return CatalogDiff.JSON.createObjectBuilder().add("op", "add").add("path", path).add("value", now);
        }
        if (now == null) {
            return CatalogDiff.JSON.createObjectBuilder().add("op", "remove").add("path", path);
        }
        return CatalogDiff.JSON.createObjectBuilder().add("op", "replace").add("path", path).add("value", now);
    }
}

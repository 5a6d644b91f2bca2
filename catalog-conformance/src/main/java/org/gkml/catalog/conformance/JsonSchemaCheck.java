package org.gkml.catalog.conformance;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.Location;

/**
 * Checks a raw JSON document against the normative {@code catalog.schema.json} with the networknt validator,
 * without binding: the reference implementation for small documents and for differential tests of the
 * streaming reader's own structural checks. Whole-document; for large files use the streaming reader.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class JsonSchemaCheck {

    /** Where the schema files live on the class path. */
    public static final String SCHEMA_FOLDER = "/org/gkml/catalog/schema/";

    private static final Schema CATALOG = load("catalog.schema.json");

    private JsonSchemaCheck() {
    }

    /** Loads one of the bundled schemas (catalog, validation-report, changeset). */
    public static Schema load(String fileName) {
        // JSON Schema's integer is any number with a zero fraction (20.0); networknt holds to that only when told to
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(
                com.networknt.schema.SchemaRegistryConfig.builder().losslessNarrowing(true).build()));
        try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(SCHEMA_FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + SCHEMA_FOLDER + fileName);
            }
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a catalog document, each with the JSON Pointer of the instance; empty when it conforms. */
    public static List<BindingProblem> check(String json, String file) {
        return check(CATALOG, json, file);
    }

    /** The problems of a document against a schema. */
    public static List<BindingProblem> check(Schema schema, String json, String file) {
        List<BindingProblem> out = new ArrayList<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) {
            String path = e.getInstanceLocation().toString();
            String pointer = e.getInstanceLocation().getPathType().convertToJsonPointer(path);
            out.add(new BindingProblem(Location.pointer(file, pointer), e.getMessage(), kind(e.getKeyword())));
        }
        return out;
    }

    /** The kind of problem a JSON Schema keyword reports, as the SDK's own readers classify it. */
    static BindingProblem.Kind kind(String keyword) {
        if (keyword == null) {
            return BindingProblem.Kind.TYPE;
        }
        switch (keyword) {
            case "additionalProperties":
            case "unevaluatedProperties":
            case "propertyNames":
                return BindingProblem.Kind.UNKNOWN_KEY;
            case "enum":
            case "const":
                return BindingProblem.Kind.TOKEN;
            case "required":
            case "dependentRequired":
                return BindingProblem.Kind.REQUIRED;
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
            case "minLength":
            case "maxLength":
            case "minItems":
            case "maxItems":
                return BindingProblem.Kind.RANGE;
            case "format":
            case "pattern":
                return BindingProblem.Kind.FORMAT;
            default:
                return BindingProblem.Kind.TYPE;
        }
    }
}

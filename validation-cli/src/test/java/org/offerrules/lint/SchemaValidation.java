package org.offerrules.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressionFactory;

/** A JSON Schema, loaded once, that checks JSON text: networknt's json-schema-validator. */
final class SchemaValidation {

    private final Schema schema;

    private SchemaValidation(Schema schema) {
        this.schema = schema;
    }

    /** The SARIF 2.1.0 schema (draft 07), bundled in the test resources. */
    static SchemaValidation sarif() {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8), SpecificationVersion.DRAFT_7);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular expressions a schema's patterns run with. */
    enum Engine {
        /** Java's, as in the IDEs that run on the JVM (IntelliJ). */
        JDK(JDKRegularExpressionFactory.getInstance()),
        /** ECMAScript's (Joni's ECMA-262 syntax), the dialect JSON Schema specifies and VS Code uses. */
        ECMASCRIPT(JoniRegularExpressionFactory.getInstance());

        private final RegularExpressionFactory factory;

        Engine(RegularExpressionFactory factory) {
            this.factory = factory;
        }
    }

    /** A schema given as text, run with the JDK's regular expressions; {@code version} is its dialect when it names none. */
    static SchemaValidation of(String schema, SpecificationVersion version) {
        return of(schema, version, Engine.JDK);
    }

    /** A schema given as text, its patterns run by {@code engine}. */
    static SchemaValidation of(String schema, SpecificationVersion version, Engine engine) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                .regularExpressionFactory(engine.factory).build();
        return new SchemaValidation(SchemaRegistry.withDefaultDialect(version, registry -> registry.schemaRegistryConfig(config))
                .getSchema(schema, InputFormat.JSON));
    }

    /** What the schema finds wrong with {@code json}: one line per error, its instance location first. */
    List<String> problems(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage()).toList();
    }

    /**
     * The JSON Pointers of the fields the schema rejects in {@code json}, sorted: a missing required field
     * is at its own pointer (the validator places it at its object).
     */
    java.util.SortedSet<String> pointers(String json) {
        java.util.SortedSet<String> pointers = new java.util.TreeSet<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) {
            String at = e.getInstanceLocation().toString();
            pointers.add(e.getKeyword().equals("required") ? at + "/" + e.getProperty() : at);
        }
        return pointers;
    }
}

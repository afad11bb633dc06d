package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;

/**
 * The state and semantics of each module's public {@code OfferRulesModule}: its features as a bit
 * set (the bits of each module's {@code OfferRulesFeature} constants), the features set
 * explicitly, and the validator; {@link #binding()} fixes them for the deserializers. Not
 * thread-safe, as a module is configured before it is registered.
 */
public final class ModuleSettings {

    /** Feature bits: each module's {@code OfferRulesFeature} constant of the same name has its own. */
    public static final int VALIDATE_ON_READ = 1;
    public static final int UPDATE_MODE = 1 << 1;
    public static final int FAIL_ON_WARNINGS = 1 << 2;
    public static final int STRICT_TYPES = 1 << 3;
    /** The features enabled by default. */
    public static final int DEFAULTS = VALIDATE_ON_READ;

    /** Whether the feature of {@code mask} is enabled by default: a feature constant's own answer. */
    public static boolean enabledByDefault(int mask) {
        return (DEFAULTS & mask) != 0;
    }

    /**
     * The deserialization attribute that chooses the mode of one read: a {@link ValidationMode}
     * ({@code ObjectReader.withAttribute(MODE_ATTRIBUTE, ValidationMode.UPDATE)}).
     */
    public static final String MODE_ATTRIBUTE = "org.offerrules.validation.mode";

    private int features = DEFAULTS;
    /** The features enabled or disabled by a call: an explicit UPDATE_MODE wins over the validator's mode. */
    private int configured;
    private OfferValidator validator;

    public void enable(int mask) {
        features |= mask;
        configured |= mask;
    }

    public void disable(int mask) {
        features &= ~mask;
        configured |= mask;
    }

    public boolean isEnabled(int mask) {
        return (features & mask) != 0;
    }

    public void validator(OfferValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * A module's coordinates from its {@code version.properties} (filtered by the build), which the
     * module opens itself (its resources are encapsulated on the module path): groupId, artifactId,
     * version; nulls when there is none or it cannot be read. Closes {@code versionProperties}.
     */
    public static String[] coordinates(InputStream versionProperties) {
        Properties properties = new Properties();
        try (InputStream in = versionProperties) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return new String[3];
        }
        return new String[] {properties.getProperty("groupId"), properties.getProperty("artifactId"),
                properties.getProperty("version")};
    }

    /**
     * How a module's {@code InvalidOfferException} describes its location, after the source, in its
     * message: {@code line: 2, column: 51} (as Jackson 2 does for a source it keeps no copy of), or
     * {@code no position} for a read without positions (a tree), where Jackson says "byte offset: #UNKNOWN".
     */
    public static String offsetDescription(int line, int column) {
        return line < 1 ? "no position" : "line: " + line + ", column: " + column;
    }

    /**
     * The message of a module's {@code InvalidOfferException}, what applications log:
     * {@code "invalid offer: "} and the report's {@linkplain ValidationReport#summary() summary}.
     */
    public static String describe(ValidationReport report) {
        return report.violations().isEmpty() ? "invalid offer" : "invalid offer: " + report.summary();
    }

    /**
     * What a module is registered under ({@code getTypeId} in Jackson 2, {@code getRegistrationId} in
     * Jackson 3), both of which drop a second module of the same id: the module's name while it has
     * its defaults, else the name with the settings. So a configured module registered after a default
     * one (which {@code findAndRegisterModules} adds) is not dropped, and the last one registered
     * decides, in both Jacksons; registering the same or an equal module again changes nothing.
     */
    public Object registrationId(String module) {
        return configured == 0 && validator == null ? module : new Registration(module, features, configured, validator);
    }

    /** The id of a configured module: equal for the same settings and the same validator instance. */
    private record Registration(String module, int features, int configured, OfferValidator validator) {
    }

    /** Why a module's deserializer does not update a value: what {@code readerForUpdating} gets. */
    public static String notUpdatable(Class<?> type) {
        return type.getSimpleName() + " is immutable: readerForUpdating and updateValue cannot merge into it. Read the"
                + " update on its own (readValue with " + MODE_ATTRIBUTE + " = UPDATE) and check it against the"
                + " current value with OfferValidator.validateUpdate(current, update)";
    }

    /** The settings as they are now, for the deserializers of one registration. */
    public Binding binding() {
        OfferValidator v = validator != null ? validator : OfferValidator.create();
        ValidationMode mode = (configured & UPDATE_MODE) == 0 ? v.mode()
                : (features & UPDATE_MODE) != 0 ? ValidationMode.UPDATE : ValidationMode.CREATE;
        return new Binding(v, mode, features);
    }

    /**
     * What a module's {@code setupModule} registers: a deserializer for the body of every
     * {@link Request}, made by {@code deserializer} from its type and {@link #binding()} as it is now.
     */
    public <D> Map<Class<?>, D> deserializers(BiFunction<Class<?>, Binding, D> deserializer) {
        Binding binding = binding();
        Map<Class<?>, D> byType = new HashMap<>();
        for (Request request : Request.values()) {
            byType.put(request.type(), deserializer.apply(request.type(), binding));
        }
        return byType;
    }

    /**
     * What a module's {@code setupModule} registers to write: a serializer for the body of every
     * {@link Request} (each type once), made by {@code serializer} from its type. A mapper then writes
     * every body it reads in the wire format; it wrote offers only, and the other bodies as Jackson writes
     * any record (camel-case names, nulls), which the same mapper could not read back.
     */
    public static <S> List<S> serializers(Function<Class<?>, S> serializer) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Request request : Request.values()) {
            types.add(request.type());
        }
        return types.stream().map(serializer).toList();
    }

    /** What a module's deserializer does with a document: immutable, shared by its deserializers. */
    public static final class Binding {
        private final OfferValidator validator;
        private final ValidationMode mode;
        private final boolean validate;
        private final boolean failOnWarnings;
        private final boolean strictTypes;

        Binding(OfferValidator validator, ValidationMode mode, int features) {
            this.validator = validator;
            this.mode = mode;
            this.validate = (features & VALIDATE_ON_READ) != 0;
            this.failOnWarnings = (features & FAIL_ON_WARNINGS) != 0;
            this.strictTypes = (features & STRICT_TYPES) != 0;
        }

        /**
         * Binds the document at {@code p}'s current token as {@code schema}'s type and validates it,
         * in the mode {@code modeAttribute} names when it is a {@link ValidationMode} (the
         * {@link #MODE_ATTRIBUTE} of the read), else the module's.
         *
         * @throws IllegalArgumentException when {@code modeAttribute} is neither null nor a mode
         */
        public Outcome read(TokenSource p, Columns columns, WireSchema schema, Object modeAttribute) throws IOException {
            ValidationMode m = mode;
            if (modeAttribute instanceof ValidationMode chosen) {
                m = chosen;
            } else if (modeAttribute != null) {
                throw new IllegalArgumentException("the attribute " + MODE_ATTRIBUTE + " must be a ValidationMode, not "
                        + modeAttribute.getClass().getName());
            }
            Bound bound = Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, columns, strictTypes, schema);
            return Results.finish(bound, validator, m, validate);
        }

        /** Whether the read fails: no request, an error, or (with FAIL_ON_WARNINGS) any violation. */
        public boolean fails(Outcome outcome) {
            return outcome.request() == null || !outcome.report().isValid()
                    || (failOnWarnings && !outcome.report().violations().isEmpty());
        }
    }
}

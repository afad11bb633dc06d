package org.offerrules.lint;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.offerrules.validation.Request;
import org.offerrules.validation.Rule;
import org.offerrules.validation.constraints.AnyCaseOf;
import org.offerrules.validation.constraints.ApiDate;
import org.offerrules.validation.constraints.AppId;
import org.offerrules.validation.constraints.Between;
import org.offerrules.validation.constraints.CapLimit;
import org.offerrules.validation.constraints.CategoryIds;
import org.offerrules.validation.constraints.ConversionIds;
import org.offerrules.validation.constraints.Country;
import org.offerrules.validation.constraints.CountryList;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.DeviceRules;
import org.offerrules.validation.constraints.DisjointIds;
import org.offerrules.validation.constraints.Email;
import org.offerrules.validation.constraints.EventChain;
import org.offerrules.validation.constraints.EventToken;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.ForbiddenWhen;
import org.offerrules.validation.constraints.GeoCountries;
import org.offerrules.validation.constraints.GreaterThan;
import org.offerrules.validation.constraints.HttpUrl;
import org.offerrules.validation.constraints.IdList;
import org.offerrules.validation.constraints.IntegerWhen;
import org.offerrules.validation.constraints.JsonArrayOfObjects;
import org.offerrules.validation.constraints.MaxItems;
import org.offerrules.validation.constraints.MaxLength;
import org.offerrules.validation.constraints.MinLength;
import org.offerrules.validation.constraints.NonNegative;
import org.offerrules.validation.constraints.NotBefore;
import org.offerrules.validation.constraints.NotBlank;
import org.offerrules.validation.constraints.NotEqual;
import org.offerrules.validation.constraints.NotRecent;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.OneOfNumbers;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.PositiveOr;
import org.offerrules.validation.constraints.PostbackUrls;
import org.offerrules.validation.constraints.PriceCheck;
import org.offerrules.validation.constraints.PricePresence;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.constraints.RequiredUnless;
import org.offerrules.validation.constraints.RequiredWithAny;
import org.offerrules.validation.constraints.Requires;
import org.offerrules.validation.constraints.Subdivision;
import org.offerrules.validation.constraints.TimeSpan;
import org.offerrules.validation.constraints.TierPayouts;
import org.offerrules.validation.constraints.Update;
import org.offerrules.validation.internal.ConstraintAnnotations;
import org.offerrules.validation.internal.DeviceVocabulary;
import org.offerrules.validation.internal.Iso3166;
import org.offerrules.validation.internal.WireNames;
import org.offerrules.validation.model.ApiValue;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.model.PricingType;

/**
 * The JSON Schema (draft 2020-12) of a request's wire format, generated from its records, their
 * constraint annotations and the rule sentences of its catalog. The schema never rejects a document
 * offer-rules accepts, in create or in update mode (docs/decisions/schema.md): where a rule cannot be
 * put exactly, its keyword accepts more, and the rule is still in the field's description.
 */
final class JsonSchemas {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** Rules the schema can only describe: they compare fields or look across a list. */
    private static final Set<Class<? extends Annotation>> DESCRIBED_ONLY = Set.of(GreaterThan.class, NotEqual.class,
            NotBefore.class, DisjointIds.class, Subdivision.class, TimeSpan.class, NotRecent.class,
            JsonArrayOfObjects.class);

    /** Text the reader takes for a number: plain decimal notation (brief 1.8). */
    private static final String INTEGER_TEXT = "^-?[0-9]+$";
    private static final String DECIMAL_TEXT = "^-?[0-9]+(\\.[0-9]+)?$";

    private static final String WS = charClass(Character::isWhitespace);
    /** What {@code HttpUrl} accepts anywhere in a URL: no control character, space or other white space. */
    private static final String URL_CHAR = "[^\\u0000-\\u0020\\u007f" + WS.substring(1, WS.length() - 1) + "]";
    private static final String HOST = "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "|[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z0-9-]*[A-Za-z0-9])";

    /** Per character, the class of what {@link String#equalsIgnoreCase} takes for it: a scan of every UTF-16 unit, once. */
    private static final Map<Character, String> ANY_CASE = new ConcurrentHashMap<>();

    private final Request request;
    private final Map<String, List<String>> sentences = new TreeMap<>();
    private final Map<String, Object> defs = new TreeMap<>();
    private final Set<String> described = new TreeSet<>();

    private JsonSchemas(Request request) {
        this.request = request;
        for (int code : request.catalog().reported()) {
            for (Rule rule : request.catalog().rules(code)) {
                String pointer = rule.pointer().equals("/**") ? "" : rule.pointer();
                // a lookup's rule holds only where the caller's data answers it: said, so the hover does not promise it
                String kind = rule.kind() == Rule.Kind.LOOKUP ? " (lookup)" : "";
                sentences.computeIfAbsent(pointer, k -> new ArrayList<>())
                        .add(code + kind + ": " + rule.sentence().replace("`", "").replace("**", ""));
            }
        }
    }

    /** The schema of {@code request}'s documents as JSON text, two-space indented, keys sorted, ending in a newline. */
    static String of(Request request) {
        return write(new JsonSchemas(request).document());
    }

    /** The file name under docs/schema: {@code setOffer.schema.json}. */
    static String fileName(Request request) {
        return request.method() + ".schema.json";
    }

    private Map<String, Object> document() {
        Class<? extends Record> root = request.type();
        String name = root.getSimpleName();
        Map<String, Object> body = object(root, "");
        Map<String, Object> create = createOnly(root);
        List<String> updateMarks = marked(root, Update.class);
        if (!create.isEmpty() && !updateMarks.isEmpty()) {
            // an update always carries its Update-required fields (else it is invalid): without them the
            // document can only be valid as a create, so the create-only rules apply
            List<Object> given = new ArrayList<>();
            for (String wire : updateMarks) {
                given.add(given(wire, kindOf(root, wire)));
            }
            body.put("if", given.size() == 1 ? given.get(0) : map("allOf", given));
            body.put("else", ref(name + ".create"));
            defs.put(name + ".create", create);
        }
        defs.put(name, body);
        Set<String> unplaced = new TreeSet<>(sentences.keySet());
        unplaced.removeAll(described);
        if (!unplaced.isEmpty()) {
            throw new IllegalStateException(request.method() + ": no place in the schema for the rules at " + unplaced);
        }
        Map<String, Object> document = new TreeMap<>();
        document.put("$schema", DIALECT);
        document.put("$comment", "Generated by `offer-lint schema --request " + request.method() + "`; do not edit.");
        document.put("title", request.method() + " request body");
        document.put("description", "The body of the API's " + request.method() + " request as offer-rules reads it: "
                + "one document, or an array of documents. A number may be written as a JSON string in plain decimal "
                + "notation, as on the wire. Rules that compare fields are in the descriptions only: run offer-lint "
                + "for every rule.");
        document.put("oneOf", List.of(ref(name), map("type", "array", "items", ref(name))));
        document.put("$defs", defs);
        return document;
    }

    // ---------------------------------------------------------------- records

    /** One wire field: its name, Java type and annotations, and the group field it is flattened from. */
    private record WireField(String wire, RecordComponent component, Field field, Field group, int slot) {

        Kind kind() {
            return Kind.of(component);
        }
    }

    private enum Kind {
        INT, LONG, DOUBLE, STRING, COMPACT_ARRAY, TIER_STRING, OBJECT_ARRAY;

        static Kind of(RecordComponent component) {
            Class<?> raw = component.getType();
            Class<?> element = element(component);
            if (raw == Integer.class) {
                return INT;
            } else if (raw == Long.class) {
                return LONG;
            } else if (raw == Double.class) {
                return DOUBLE;
            } else if (raw == String.class) {
                return STRING;
            } else if (element == GeoEntry.class || element == DeviceRule.class) {
                return COMPACT_ARRAY;
            } else if (element == PayoutTier.class) {
                return TIER_STRING;
            } else if (element != null && element.isRecord()) {
                return OBJECT_ARRAY;
            }
            throw new IllegalStateException("no wire form for " + component);
        }

        boolean numeric() {
            return this == INT || this == LONG || this == DOUBLE;
        }
    }

    private static List<WireField> fields(Class<?> type) {
        List<WireField> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = declared(type, component.getName());
            if (WireNames.isFlattened(component)) {
                RecordComponent[] inner = component.getType().getRecordComponents();
                for (int slot = 0; slot < inner.length; slot++) {
                    fields.add(new WireField(wire(inner[slot]), inner[slot],
                            declared(component.getType(), inner[slot].getName()), field, slot));
                }
            } else {
                fields.add(new WireField(wire(component), component, field, null, -1));
            }
        }
        return fields;
    }

    /** The wire name of a component: the one place that asks {@link WireNames}. */
    private static String wire(RecordComponent component) {
        return WireNames.of(component.getDeclaringRecord(), component.getName());
    }

    /** The wire name of component {@code javaName} of {@code type} or of one of its flattened groups. */
    private static String wire(Class<?> type, String javaName) {
        for (Class<?> level : levels(type)) {
            for (RecordComponent component : level.getRecordComponents()) {
                if (component.getName().equals(javaName)) {
                    return wire(component);
                }
            }
        }
        throw new IllegalStateException("no component " + javaName + " in " + type.getSimpleName());
    }

    /** The record and its flattened groups: the types whose class-level rules apply to this object. */
    private static List<Class<?>> levels(Class<?> type) {
        List<Class<?>> levels = new ArrayList<>();
        levels.add(type);
        for (RecordComponent component : type.getRecordComponents()) {
            if (WireNames.isFlattened(component)) {
                levels.add(component.getType());
            }
        }
        return levels;
    }

    private static Kind kindOf(Class<?> type, String wire) {
        for (WireField f : fields(type)) {
            if (f.wire().equals(wire)) {
                return f.kind();
            }
        }
        throw new IllegalStateException("no field " + wire + " in " + type.getSimpleName());
    }

    /** The wire names of the fields {@code @Required} in exactly {@code group}. */
    private static List<String> marked(Class<?> type, Class<?> group) {
        List<String> names = new ArrayList<>();
        for (WireField f : fields(type)) {
            for (Annotation a : ConstraintAnnotations.constraints(f.field().getDeclaredAnnotations())) {
                if (a instanceof Required && inGroup(a, group)) {
                    names.add(f.wire());
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** The schema of one record as an object: the rules of the default group. */
    private Map<String, Object> object(Class<?> type, String pointer) {
        Map<String, Object> schema = new TreeMap<>();
        schema.put("type", "object");
        describe(schema, pointer);
        Map<String, Map<String, Object>> properties = new TreeMap<>();
        for (WireField f : fields(type)) {
            properties.put(f.wire(), property(f, pointer + "/" + f.wire()));
        }
        // each value rule's keywords, sorted by their text, so that reflection's order of annotations does not show
        Map<String, Map<String, Map<String, Object>>> rules = new TreeMap<>();
        Set<String> required = new TreeSet<>();
        Conditions conditions = new Conditions();
        collect(type, null, required, conditions, (f, a) -> {
            Map<String, Object> keywords = new TreeMap<>();
            constrain(keywords, properties.get(f.wire()), a, f);
            rules.computeIfAbsent(f.wire(), k -> new TreeMap<>()).put(write(keywords), keywords);
        });
        properties.forEach((wire, property) -> {
            Map<String, Object> own = new TreeMap<>();
            List<Object> more = new ArrayList<>();
            for (Map<String, Object> keywords : rules.getOrDefault(wire, Map.of()).values()) {
                // two rules with one keyword (two patterns) must both hold: the second goes to allOf
                keywords.forEach((key, value) -> {
                    if (own.putIfAbsent(key, value) != null) {
                        more.add(map(key, value));
                    }
                });
            }
            property.putAll(own);
            if (required.contains(wire) && property.get("type") instanceof List<?> types) {
                // a null value is an absent one: a required field cannot be null
                property.put("type", types.stream().filter(t -> !t.equals("null")).toList());
            }
            if (!more.isEmpty()) {
                List<Object> all = new ArrayList<>(more);
                if (property.get("allOf") instanceof List<?> earlier) {
                    all.addAll(0, earlier);
                }
                property.put("allOf", all);
            }
            describe(property, pointer + "/" + wire);
        });
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", List.copyOf(required));
        }
        conditions.into(schema);
        return schema;
    }

    /** The rules of the Create group of {@code type} and of the records in its lists, as one schema. */
    private Map<String, Object> createOnly(Class<?> type) {
        Map<String, Object> schema = new TreeMap<>();
        Set<String> required = new TreeSet<>();
        Conditions conditions = new Conditions();
        collect(type, Create.class, required, conditions, (f, a) -> {
            throw new IllegalStateException("no create-mode schema for " + a);
        });
        Map<String, Object> properties = new TreeMap<>();
        for (String wire : required) {
            properties.put(wire, map("not", map("type", "null")));
        }
        for (WireField f : fields(type)) {
            if (f.kind() == Kind.OBJECT_ARRAY) {
                Class<?> element = element(f.component());
                Map<String, Object> nested = createOnly(element);
                if (!nested.isEmpty()) {
                    defs.put(element.getSimpleName() + ".create", nested);
                    properties.put(f.wire(), map("items", ref(element.getSimpleName() + ".create")));
                }
            }
        }
        if (!properties.isEmpty()) {
            schema.put("properties", properties);
        }
        if (!required.isEmpty()) {
            schema.put("required", List.copyOf(required));
        }
        conditions.into(schema);
        return schema;
    }

    /**
     * Sorts the rules of one mode of {@code type} ({@code group} Create, or null for the default group):
     * presence into {@code required} and {@code conditions}, value rules to {@code value}.
     */
    private void collect(Class<?> type, Class<?> group, Set<String> required, Conditions conditions,
                         BiConsumer<WireField, Annotation> value) {
        for (WireField f : fields(type)) {
            for (Annotation a : fieldConstraints(f)) {
                if (!inMode(a, group)) {
                    continue;
                }
                if (a instanceof Required) {
                    required.add(f.wire());
                } else if (a instanceof PricePresence presence) {
                    conditions.price(presence, f);
                } else {
                    value.accept(f, a);
                }
            }
        }
        for (Annotation a : classConstraints(type)) {
            if (inMode(a, group)) {
                conditions.add(a, type);
            }
        }
    }

    /** Whether {@code a} is of {@code group}, or of neither Create nor Update when {@code group} is null. */
    private static boolean inMode(Annotation a, Class<?> group) {
        return group != null ? inGroup(a, group) : !inGroup(a, Create.class) && !inGroup(a, Update.class);
    }

    /** The constraints on a wire field: its own, and those of its group field that concern its slot. */
    private static List<Annotation> fieldConstraints(WireField f) {
        List<Annotation> constraints = new ArrayList<>(ConstraintAnnotations.constraints(f.field().getDeclaredAnnotations()));
        if (f.group() != null) {
            for (Annotation a : ConstraintAnnotations.constraints(f.group().getDeclaredAnnotations())) {
                // a price group's presence rules are read once, at its type component
                if (a instanceof PriceCheck || a instanceof PricePresence && f.slot() == 0) {
                    constraints.add(a);
                } else if (!(a instanceof PricePresence)) {
                    throw new IllegalStateException("no schema for " + a + " on a flattened group");
                }
            }
        }
        return constraints;
    }

    private static List<Annotation> classConstraints(Class<?> type) {
        List<Annotation> constraints = new ArrayList<>();
        for (Class<?> level : levels(type)) {
            constraints.addAll(ConstraintAnnotations.constraints(level.getDeclaredAnnotations()));
        }
        return constraints;
    }

    private static boolean inGroup(Annotation a, Class<?> group) {
        return Arrays.asList((Class<?>[]) ConstraintAnnotations.attribute(a, "groups")).contains(group);
    }

    // ---------------------------------------------------------------- fields

    private Map<String, Object> property(WireField f, String at) {
        Map<String, Object> p = new TreeMap<>();
        switch (f.kind()) {
            case INT -> numeric(p, "integer", INTEGER_TEXT, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> numeric(p, "integer", INTEGER_TEXT, Long.MIN_VALUE, Long.MAX_VALUE);
            case DOUBLE -> {
                p.put("type", List.of("number", "string", "null"));
                p.put("pattern", DECIMAL_TEXT);
            }
            case STRING, TIER_STRING -> p.put("type", List.of("string", "null"));
            case COMPACT_ARRAY -> {
                p.put("type", List.of("array", "null"));
                Map<String, Object> items = new TreeMap<>();
                items.put("type", "string");
                describe(items, at + "/*");
                p.put("items", items);
            }
            case OBJECT_ARRAY -> {
                Class<?> element = element(f.component());
                p.put("type", List.of("array", "null"));
                if (!defs.containsKey(element.getSimpleName())) {
                    defs.put(element.getSimpleName(), object(element, at + "/*"));
                }
                p.put("items", ref(element.getSimpleName()));
            }
            default -> throw new IllegalStateException(f.kind().name());
        }
        return p;
    }

    private static void numeric(Map<String, Object> p, String type, String pattern, long min, long max) {
        p.put("type", List.of(type, "string", "null"));
        p.put("pattern", pattern);
        p.put("minimum", min);
        p.put("maximum", max);
    }

    /**
     * Puts the keywords of one value constraint on {@code p}; {@code field} is the field's schema so far,
     * whose {@code items} a list rule constrains.
     */
    private static void constrain(Map<String, Object> p, Map<String, Object> field, Annotation a, WireField f) {
        boolean decimal = f.kind() == Kind.DOUBLE;
        String fraction = decimal ? "(\\.[0-9]+)?" : "";
        String zeros = decimal ? "(\\.0+)?" : "";
        if (a instanceof Flag) {
            p.put("minimum", 0);
            p.put("maximum", 1);
            p.put("multipleOf", 1);
            p.put("pattern", "^(-?0+|0*1)" + zeros + "$");
        } else if (a instanceof Positive) {
            p.put("minimum", 1);
            p.put("pattern", "^0*[1-9][0-9]*" + fraction + "$");
        } else if (a instanceof NonNegative) {
            p.put("minimum", 0);
            p.put("pattern", "^([0-9]+" + fraction + "|-0+" + zeros + ")$");
        } else if (a instanceof Between between) {
            p.put("minimum", number(between.min()));
            p.put("maximum", number(between.max()));
        } else if (a instanceof OneOfNumbers numbers) {
            List<Object> values = new ArrayList<>();
            List<String> spellings = new ArrayList<>();
            for (long v : numbers.value()) {
                values.add(v);
                spellings.add(spelling(v) + zeros);
            }
            p.put("anyOf", List.of(map("not", map("type", List.of("integer", "number"))), map("enum", values)));
            p.put("pattern", "^(" + String.join("|", spellings) + ")$");
        } else if (a instanceof CapLimit) {
            p.put("anyOf", List.of(map("exclusiveMinimum", 0), map("const", -1)));
            p.put("pattern", "^(0*[1-9][0-9]*(\\.[0-9]+)?|0+\\.[0-9]*[1-9][0-9]*|-0*1(\\.0+)?)$");
        } else if (a instanceof OneOf oneOf) {
            p.put("enum", withNull(spellings(oneOf.value())));
        } else if (a instanceof AnyCaseOf anyCase) {
            List<String> alternatives = new ArrayList<>();
            for (String value : spellings(anyCase.value())) {
                alternatives.add(anyCase(value));
            }
            p.put("pattern", "^(" + String.join("|", alternatives) + ")$");
        } else if (a instanceof ApiDate) {
            p.put("pattern", "^([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])/(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])"
                    + "( ([01][0-9]|2[0-3]))?$");
        } else if (a instanceof AppId) {
            p.put("pattern", "^((id)?[0-9]{5,12}|[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+)$");
        } else if (a instanceof CategoryIds) {
            String id = " *0*[1-9][0-9]* *";
            p.put("pattern", "^" + id + "(," + id + ")*$");
        } else if (a instanceof IdList) {
            String id = WS + "*0*[1-9][0-9]*" + WS + "*";
            p.put("pattern", "^(" + WS + "*|" + id + "(," + id + ")*)$");
        } else if (a instanceof ConversionIds ids) {
            String id = WS + "*[0-9]{4}(0[1-9]|1[0-2])_0*[1-9][0-9]{0,9}" + WS + "*";
            p.put("pattern", "^" + id + "(," + id + "){0," + (ids.max() - 1) + "}$");
        } else if (a instanceof Country) {
            p.put("enum", withNull(countries()));
        } else if (a instanceof CountryList) {
            String country = WS + "*[A-Z]{2}" + WS + "*";
            p.put("pattern", "^(" + country + "(," + country + ")*)?$");
        } else if (a instanceof Email) {
            p.put("maxLength", 254);
            p.put("pattern", "^[^@]{1,64}@[^@]+\\.[A-Za-z]{2,63}$");
        } else if (a instanceof EventToken) {
            p.put("pattern", "^[A-Za-z0-9_-]+$");
        } else if (a instanceof HttpUrl url) {
            String pattern = "^[hH][tT][tT][pP][sS]?://(" + HOST + "|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?([/?#]" + URL_CHAR
                    + "*)?$";
            if (url.token().isEmpty()) {
                p.put("pattern", pattern);
            } else {
                p.put("allOf", List.of(map("pattern", pattern), map("pattern", literal(url.token()))));
            }
        } else if (a instanceof MaxLength max) {
            p.put("maxLength", max.max());
        } else if (a instanceof MinLength min) {
            // minLength counts code points, the rule UTF-16 code units: an emoji is one and two
            p.put("minLength", (min.min() + 1) / 2);
        } else if (a instanceof NotBlank) {
            p.put("pattern", "[^" + WS.substring(1));
        } else if (a instanceof TierPayouts) {
            String tier = "0*[1-9][0-9]*:[0-9]+(\\.[0-9]+)?";
            p.put("pattern", "^(" + tier + "(," + tier + ")*)?$");
        } else if (a instanceof GeoCountries) {
            item(field).put("pattern", "^[A-Z]{2}(:[01](:[A-Z0-9]+(;[A-Z0-9]+)*)?)?$");
        } else if (a instanceof DeviceRules) {
            item(field).put("pattern", "^[01]:(" + deviceRules() + ")$");
        } else if (a instanceof MaxItems items) {
            p.put("pattern", "^([^,]*(,[^,]*){0," + (items.max() - 1) + "})?$");
        } else if (a instanceof PositiveOr positiveOr) {
            p.put("anyOf", List.of(map("minimum", 1), map("const", positiveOr.or())));
            p.put("pattern", "^(0*[1-9][0-9]*" + fraction + "|" + spelling(positiveOr.or()) + zeros + ")$");
        } else if (a instanceof EventChain chain) {
            p.put("maxItems", chain.maxEvents());
        } else if (a instanceof PostbackUrls urls) {
            p.put("maxItems", urls.max());
        } else if (a instanceof PriceCheck price) {
            // the group's components: type, amount, percent
            if (f.slot() == 0) {
                p.put("enum", withNull(spellings(price.value())));
            } else if (f.slot() == 1) {
                p.put("minimum", 0);
                p.put("pattern", "^([0-9]+" + fraction + "|-0+" + zeros + ")$");
            } else {
                p.put("minimum", 0);
                p.put("maximum", 100);
            }
        } else if (!DESCRIBED_ONLY.contains(a.annotationType())) {
            throw new IllegalStateException("no schema for @" + a.annotationType().getSimpleName() + " on " + f.wire());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> p) {
        return (Map<String, Object>) p.get("items");
    }

    private static String deviceRules() {
        String letterOrDigit = "\\p{L}\\p{Nd}";
        String symbols = DeviceVocabulary.NAME_SYMBOLS.replaceAll("[-\\\\\\[\\]^]", "\\\\$0");
        String name = "[" + letterOrDigit + "]([" + letterOrDigit + symbols + "]{0," + (DeviceVocabulary.MAX_NAME - 2)
                + "}[" + letterOrDigit + symbols.replace(" ", "") + "])?";
        List<String> names = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (String parameter : DeviceVocabulary.PARAMETERS) {
            List<String> closed = DeviceVocabulary.closedValues(parameter);
            if (closed.isEmpty()) {
                names.add(literal(parameter));
            } else {
                List<String> values = new ArrayList<>();
                closed.forEach(v -> values.add(anyCase(v)));
                String value = "(" + String.join("|", values) + ")";
                alternatives.add(literal(parameter) + ":" + value + "(;" + value + ")*");
            }
        }
        alternatives.add("(" + String.join("|", names) + "):" + name + "(;" + name + ")*");
        return String.join("|", alternatives);
    }

    // ---------------------------------------------------------------- conditions

    /** The if/then rules of one object, kept sorted so that the output does not follow reflection's order. */
    private final class Conditions {

        private final Map<String, Map<String, Object>> rules = new TreeMap<>();

        void add(Annotation a, Class<?> type) {
            if (a instanceof Requires requires) {
                String field = wire(type, requires.field());
                String when = wire(type, requires.when());
                put(map("required", List.of(when), "properties",
                        map(when, equalTo(kindOf(type, when), ConstraintAnnotations.requiredWhen(requires)))),
                        map("required", List.of(field)));
            } else if (a instanceof RequiredWithAny any) {
                List<Object> others = new ArrayList<>();
                for (String other : any.others()) {
                    others.add(given(wire(type, other), kindOf(type, wire(type, other))));
                }
                put(map("anyOf", others), map("required", List.of(wire(type, any.field()))));
            } else if (a instanceof RequiredUnless unless) {
                String when = wire(type, unless.when());
                put(map("not", map("required", List.of(when), "properties",
                        map(when, equalTo(kindOf(type, when), unless.in())))),
                        map("required", List.of(wire(type, unless.field()))));
            } else if (a instanceof IntegerWhen whole) {
                String field = wire(type, whole.field());
                String when = wire(type, whole.when());
                put(map("required", List.of(when), "properties",
                        map(when, equalTo(kindOf(type, when), ConstraintAnnotations.wholeWhen(whole)))),
                        map("properties", map(field, map("multipleOf", 1, "pattern", "^-?[0-9]+(\\.0+)?$"))));
            } else if (a instanceof ForbiddenWhen forbidden) {
                String field = wire(type, forbidden.field());
                String when = wire(type, forbidden.when());
                put(map("required", List.of(when), "properties",
                        map(when, equalTo(kindOf(type, when), new String[] {Long.toString(forbidden.whenIs())}))),
                        map("properties", map(field,
                                map("not", equalTo(kindOf(type, field), new String[] {Long.toString(forbidden.forbidden())})))));
            } else if (!DESCRIBED_ONLY.contains(a.annotationType())) {
                throw new IllegalStateException("no schema for @" + a.annotationType().getSimpleName() + " on "
                        + type.getSimpleName());
            }
        }

        /** A price group's presence rules, read at its type component {@code f}. */
        void price(PricePresence presence, WireField f) {
            RecordComponent[] parts = f.group().getType().getRecordComponents();
            String kind = wire(parts[0]);
            String amount = wire(parts[1]);
            String percent = wire(parts[2]);
            if (presence.typeCode() != 0) {
                put(map(), map("required", List.of(kind)));
            }
            if (presence.typeWhenPricedCode() != 0) {
                put(map("anyOf", List.of(given(amount, Kind.DOUBLE), given(percent, Kind.DOUBLE))),
                        map("required", List.of(kind)));
            }
            Class<? extends PricingType> values = presence.value();
            needs(kind, PricingType.Need.AMOUNT.apiValues(values), amount);
            needs(kind, PricingType.Need.PERCENT.apiValues(values), percent);
        }

        /** {@code part} is required when {@code kind} is one of {@code types}. */
        private void needs(String kind, List<String> types, String part) {
            if (!types.isEmpty()) {
                put(map("required", List.of(kind), "properties", map(kind, equalTo(Kind.STRING, types.toArray(String[]::new)))),
                        map("required", List.of(part)));
            }
        }

        private void put(Map<String, Object> condition, Map<String, Object> then) {
            Map<String, Object> rule = condition.isEmpty() ? then : map("if", condition, "then", then);
            rules.put(write(rule), rule);
        }

        void into(Map<String, Object> schema) {
            if (!rules.isEmpty()) {
                schema.put("allOf", List.copyOf(rules.values()));
            }
        }
    }

    /** A value offer-rules treats as present: not null, and for a list not empty. */
    private static Map<String, Object> given(String wire, Kind kind) {
        Map<String, Object> value = new TreeMap<>();
        value.put("not", map("type", "null"));
        if (kind == Kind.COMPACT_ARRAY || kind == Kind.OBJECT_ARRAY) {
            value.put("minItems", 1);
        } else if (kind == Kind.TIER_STRING) {
            value.put("minLength", 1);
        }
        return map("required", List.of(wire), "properties", map(wire, value));
    }

    /**
     * A value equal to one of {@code texts} as the rules compare it: strings exactly, numbers by value,
     * also when written as a JSON string ({@code "01"} is 1).
     */
    private static Map<String, Object> equalTo(Kind kind, String[] texts) {
        if (!kind.numeric()) {
            return map("enum", List.of(texts));
        }
        List<Object> numbers = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        for (String text : texts) {
            long v = Long.parseLong(text);
            numbers.add(v);
            spellings.add(spelling(v) + (kind == Kind.DOUBLE ? "(\\.0+)?" : ""));
        }
        return map("anyOf", List.of(map("enum", numbers),
                map("type", "string", "pattern", "^(" + String.join("|", spellings) + ")$")));
    }

    /** Every plain decimal spelling of the integer {@code v}: leading zeros, and {@code -0} for 0. */
    private static String spelling(long v) {
        return v == 0 ? "-?0+" : v < 0 ? "-0*" + -v : "0*" + v;
    }

    // ---------------------------------------------------------------- text

    private void describe(Map<String, Object> schema, String pointer) {
        described.add(pointer);
        List<String> lines = sentences.get(pointer);
        if (lines != null) {
            List<String> sorted = new ArrayList<>(lines);
            sorted.sort(null);
            schema.put("description", String.join("\n", sorted));
        }
    }

    private static List<String> spellings(Class<? extends ApiValue> type) {
        List<String> values = new ArrayList<>();
        for (ApiValue value : type.getEnumConstants()) {
            values.addAll(value.spellings());
        }
        return values;
    }

    private static List<Object> withNull(Collection<String> values) {
        List<Object> list = new ArrayList<>(values);
        list.add(null);
        return list;
    }

    private static List<String> countries() {
        List<String> codes = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (Iso3166.isCountry(code)) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /** A pattern matching what {@link String#equalsIgnoreCase} takes for {@code value}. */
    private static String anyCase(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(ANY_CASE.computeIfAbsent(c, k -> {
                String same = charClass(other -> String.valueOf((char) other).equalsIgnoreCase(String.valueOf(k)));
                return same.equals("[" + escape(k) + "]") ? escape(k) : same;
            }));
        }
        return out.toString();
    }

    private static String literal(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(escape(c));
        }
        return out.toString();
    }

    private static String escape(char c) {
        if (c >= 0x7f || c < 0x20) {
            return String.format("\\u%04x", (int) c);
        }
        return "\\^$.|?*+()[]{}/".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    /** A character class of the UTF-16 code units {@code in} accepts, as ranges. */
    private static String charClass(java.util.function.IntPredicate in) {
        StringBuilder out = new StringBuilder("[");
        int c = 0;
        while (c <= 0xFFFF) {
            if (!in.test(c)) {
                c++;
                continue;
            }
            int end = c;
            while (end + 1 <= 0xFFFF && in.test(end + 1)) {
                end++;
            }
            out.append(escape((char) c));
            if (end > c) {
                out.append('-').append(escape((char) end));
            }
            c = end + 1;
        }
        return out.append(']').toString();
    }

    private static Object number(double d) {
        return d == Math.rint(d) ? (Object) (long) d : (Object) d;
    }

    private static Class<?> element(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments().length == 1 && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Field declared(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> ref(String def) {
        return map("$ref", "#/$defs/" + def);
    }

    /** A sorted map of alternating keys and values. */
    private static Map<String, Object> map(Object... entries) {
        Map<String, Object> map = new TreeMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }

    // ---------------------------------------------------------------- output

    private static String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(printer);
            write(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName((String) e.getKey());
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value == null) {
            json.writeNull();
        } else {
            throw new IllegalStateException("cannot write " + value.getClass());
        }
    }
}

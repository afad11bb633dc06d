package org.offerrules.validation.wire;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;


import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.PriceCheck;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.Flattened;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OpenNames;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.spi.Constraints;
import org.offerrules.validation.spi.NumberText;
import org.offerrules.validation.spi.ReaderCodes;
import org.offerrules.validation.spi.Records;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.Wire;

/**
 * The wire layout of a model record, read once from its record components: every wire field (the
 * components of {@link Flattened} groups included) with its JSON kind, the slot it binds to, the
 * record constructors to call, and the code a value of the wrong JSON type reports. The binder, the
 * writer and the JSON Schema ({@link JsonSchemas}) use it, so nothing about the model is written down
 * twice. Immutable.
 */
public final class WireSchema {

    /**
     * The code a field reports for a value of the wrong JSON type when the model has no default-group
     * value constraint on it yet: 6820 "Invalid {param_name} parameter.", with the wire name.
     */
    static final int FALLBACK_INVALID_CODE = 6820;

    /** The layouts of the request types, made once per type. */
    private static final ClassValue<WireSchema> SCHEMAS = new ClassValue<>() {
        @Override
        protected WireSchema computeValue(Class<?> type) {
            return new WireSchema(type);
        }
    };

    /** The offer document's layout: {@code of(Offer.class)} (declared after what building it needs). */
    public static final WireSchema OFFER = of(Offer.class);

    /** The layout of the request document {@code type} (a model record), the same object on every call. */
    public static WireSchema of(Class<?> type) {
        return SCHEMAS.get(type);
    }

    /** JSON shapes of the model's field types. */
    enum Kind {
        /** {@code Integer}: a JSON integer in int range. */
        INT,
        /** {@code Long}: a JSON integer in long range. */
        LONG,
        /** {@code Double}: a finite JSON number. */
        DOUBLE,
        /** {@code String}: a JSON string. */
        STRING,
        /** {@code List<GeoEntry>} / {@code List<DeviceRule>}: a JSON array of compact strings. */
        COMPACT_ARRAY,
        /** {@code List<PayoutTier>}: one compact JSON string. */
        TIER_STRING,
        /** {@code List<record>}: a JSON array of objects. */
        OBJECT_ARRAY
    }

    /** One group of fields built into one record: the schema's own record or a flattened one. */
    static final class Group {
        final Class<?> type;
        final int size;
        final int parentSlot;          // slot in the root group, -1 for the root
        final Constructor<?> constructor; // canonical; reflection's generated accessor beats a non-constant handle
        final Function<Object, Object>[] accessors;

        Group(Class<?> type, int parentSlot) {
            this.type = type;
            this.parentSlot = parentSlot;
            RecordComponent[] components = type.getRecordComponents();
            this.size = components.length;
            this.constructor = constructor(type, components);
            @SuppressWarnings("unchecked")
            Function<Object, Object>[] a = new Function[components.length];
            for (int i = 0; i < components.length; i++) {
                a[i] = Records.accessor(type, components[i].getName());
            }
            this.accessors = a;
        }

        Object build(Object[] slots) {
            try {
                return constructor.newInstance(slots);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
            }
        }
    }

    /** One wire field. */
    public static final class WireField {
        final String wireName;
        // per TokenSource implementation, wireName as its parser matches it fastest (Jackson: a
        // SerializedString, its quoted UTF-8 bytes made once): Binder's in-order match
        private final Object[] encoded = new Object[2];
        final byte[] utf8;         // wireName in UTF-8: ByteSource matches names on their bytes
        final long[] quotedWords;  // utf8 and its closing quote as little-endian words, the last one masked
        final long lastWordMask;   // the bytes of the last word that belong to the quoted name
        WireField[] names;         // this schema's fields by ByteSource.hash of their utf8, linear probing
        WireField[] siblings;      // this schema's fields in order: after an absent field the name read is a later one
        final int index;           // index among this schema's wire fields
        final Kind kind;
        final int group;           // index into groups
        final int slot;            // component index in the group's record
        final ErrorCode invalid;   // wrong JSON type or number out of range
        final ErrorCode elementInvalid; // an array element of the wrong JSON type
        final Function<String, Object> elementParser; // COMPACT_ARRAY
        final Function<Object, String> elementWriter; // COMPACT_ARRAY
        final WireSchema nested;   // OBJECT_ARRAY
        final int array;           // index among this schema's array fields (COMPACT_ARRAY, OBJECT_ARRAY); -1 otherwise
        final boolean geo;         // COMPACT_ARRAY of GeoEntry: SharedValues.geoEntry
        final String[] spellings;  // STRING with @OneOf: the accepted values, shared; else null
        final Field javaField;     // the record field: its rules (the JSON Schema reads them)
        final Field groupField;    // the flattened group's field in the root record, whose rules also apply; else null
        private final Map<String, ?> ruleArguments; // the message arguments of the field's rule: 6910's {min}, {max}
        final boolean numberText;  // STRING holding numbers (@NumberText rules): a JSON integer is read as its text
        /**
         * Arrays: the most elements seen in one document so far (up to {@link #MAX_HINT}), the capacity
         * the next document's list starts with, so that a 30-country list is not grown three times.
         * Racy on purpose: a lost update only costs a list growth; it is written only when it rises.
         */
        int sizeHint = 10;   // ArrayList's own default to start with
        static final int MAX_HINT = 64;

        void seen(int size) {
            if (size > sizeHint && sizeHint < MAX_HINT) { // no write once capped: threads share the schema
                sizeHint = Math.min(size, MAX_HINT);
            }
        }

        WireField(String wireName, int index, Kind kind, int group, int slot, int invalid,
                  int elementInvalid, Function<String, Object> elementParser,
                  Function<Object, String> elementWriter, WireSchema nested, boolean geo, String[] spellings,
                  int array, Field javaField, Field groupField) {
            this.wireName = wireName.intern(); // Jackson interns the names it reads: Binder compares identity
            this.utf8 = wireName.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            this.quotedWords = quotedWords(utf8);
            this.lastWordMask = lastWordMask(utf8);
            this.index = index;
            this.kind = kind;
            this.group = group;
            this.slot = slot;
            this.invalid = ErrorCode.of(invalid);
            this.elementInvalid = ErrorCode.of(elementInvalid);
            this.elementParser = elementParser;
            this.elementWriter = elementWriter;
            this.nested = nested;
            this.geo = geo;
            this.spellings = spellings;
            this.array = array;
            this.javaField = javaField;
            this.groupField = groupField;
            this.ruleArguments = ruleArguments(javaField);
            this.numberText = kind == Kind.STRING && holdsNumbers(javaField);
        }

        /** {@code utf8} and a closing quote as little-endian words, the bytes past the quote zero. */
        private static long[] quotedWords(byte[] utf8) {
            long[] words = new long[(utf8.length + 1 + 7) / 8];
            for (int i = 0; i <= utf8.length; i++) {
                long b = i < utf8.length ? utf8[i] & 0xFFL : '"';
                words[i / 8] |= b << (8 * (i % 8));
            }
            return words;
        }

        /** The bytes of {@link #quotedWords}' last word that belong to the quoted name. */
        private static long lastWordMask(byte[] utf8) {
            int tail = (utf8.length + 1) % 8;
            return tail == 0 ? -1L : (1L << (8 * tail)) - 1;
        }

        /** {@code like} under another wire name: a name of an {@link OpenNames} family, which binds to no slot. */
        private WireField(WireField like, String wireName) {
            this.wireName = wireName;
            this.utf8 = wireName.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            // made per document and name, never matched in place (no siblings): no words to build
            this.quotedWords = null;
            this.lastWordMask = 0;
            this.index = -1;
            this.kind = like.kind;
            this.group = like.group;
            this.slot = -1;
            this.invalid = like.invalid;
            this.elementInvalid = like.elementInvalid;
            this.elementParser = like.elementParser;
            this.elementWriter = like.elementWriter;
            this.nested = like.nested;
            this.geo = like.geo;
            this.spellings = like.spellings;
            this.array = -1;
            this.javaField = like.javaField;
            this.groupField = like.groupField;
            this.ruleArguments = like.ruleArguments;
            this.numberText = like.numberText;
        }

        /** Whether a rule of the field checks a string of numbers ({@link NumberText}): a JSON integer is its text. */
        private static boolean holdsNumbers(Field javaField) {
            for (Annotation constraint : Constraints.of(javaField)) {
                if (constraint.annotationType().isAnnotationPresent(NumberText.class)) {
                    return true;
                }
            }
            return false;
        }

        /** The message arguments the field's rules give (6910's range), the first rule that gives any. */
        private static Map<String, ?> ruleArguments(Field javaField) {
            for (Annotation constraint : Constraints.of(javaField)) {
                Map<String, ?> arguments = Constraints.arguments(constraint);
                if (!arguments.isEmpty()) {
                    return arguments;
                }
            }
            return Map.of();
        }

        /**
         * The message argument {@code name} of this field's invalid code as its rule gives it ({@code min},
         * {@code max}), or null when the rule gives none (then it is about the value: 6357's country).
         */
        Object ruleArgument(String name) {
            return ruleArguments.get(name);
        }

        /** The code of a value of the wrong JSON type. */
        public int invalidCode() {
            return invalid.number();
        }

        /** The code of an array element of the wrong JSON type. */
        public int elementInvalidCode() {
            return elementInvalid.number();
        }

        /** An object array's element layout; null for any other field. */
        public WireSchema nested() {
            return nested;
        }

        /**
         * The wire name as encoded by {@code encoder} for the token source of {@code slot} (0 or 1, one
         * per Jackson version), made once. Racy on purpose: the encoded names are immutable and equal,
         * a lost write only encodes a name again.
         */
        public Object encoded(int slot, Function<String, Object> encoder) {
            Object e = encoded[slot];
            if (e == null) {
                e = encoder.apply(wireName);
                encoded[slot] = e;
            }
            return e;
        }

        @Override
        public String toString() {
            return wireName + " " + kind + " " + invalid.number();
        }
    }

    final Class<?> type;
    final Group[] groups;
    final WireField[] fields;
    final Map<String, WireField> byName;
    final String[] names;
    /** How many array fields (COMPACT_ARRAY, OBJECT_ARRAY) this schema has; see {@link WireField#array}. */
    int arrays;
    /** The {@link OpenNames} of the record or of a flattened group: the names, or null when it takes none. */
    final Pattern openNames;
    /** The field the open names are like; null when there are none. */
    final WireField openLike;
    /** The value rules of {@link #openLike}, each validator initialized with its annotation. */
    private final List<RuleValidator<Annotation, Object>> openRules;

    WireSchema(Class<?> type) {
        this.type = type;
        List<Group> groupList = new ArrayList<>();
        List<WireField> fieldList = new ArrayList<>();
        groupList.add(new Group(type, -1));
        RecordComponent[] components = type.getRecordComponents();
        for (int slot = 0; slot < components.length; slot++) {
            RecordComponent component = components[slot];
            if (component.isAnnotationPresent(Flattened.class)) {
                int group = groupList.size();
                groupList.add(new Group(component.getType(), slot));
                RecordComponent[] inner = component.getType().getRecordComponents();
                for (int innerSlot = 0; innerSlot < inner.length; innerSlot++) {
                    fieldList.add(field(component.getType(), inner[innerSlot], fieldList.size(), group, innerSlot,
                            declaredField(type, component.getName())));
                }
            } else {
                fieldList.add(field(type, component, fieldList.size(), 0, slot, null));
            }
        }
        this.groups = groupList.toArray(Group[]::new);
        this.fields = fieldList.toArray(WireField[]::new);
        WireField[] table = new WireField[Integer.highestOneBit(Math.max(1, fields.length)) * 4];
        for (WireField f : fields) {
            int i = ByteSource.hash(f.utf8, 0, f.utf8.length) & (table.length - 1);
            while (table[i] != null) {
                i = (i + 1) & (table.length - 1);
            }
            table[i] = f;
            f.names = table;
            f.siblings = fields;
        }
        Map<String, WireField> map = new HashMap<>();
        for (WireField f : fields) {
            if (map.put(f.wireName, f) != null) {
                throw new IllegalStateException("two fields named " + f.wireName + " in " + type.getSimpleName());
            }
        }
        this.byName = Map.copyOf(map);
        this.names = Arrays.stream(fields).map(f -> f.wireName).toArray(String[]::new);
        OpenNames open = null;
        WireField like = null;
        for (Group g : groups) {
            OpenNames o = g.type.getAnnotation(OpenNames.class);
            if (o != null) {
                open = o;
                like = Arrays.stream(fields).filter(f -> f.javaField.getDeclaringClass() == g.type
                        && f.javaField.getName().equals(o.like())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("@OpenNames of " + g.type.getSimpleName()
                                + " names no component " + o.like()));
            }
        }
        this.openNames = open == null ? null : Pattern.compile(open.pattern());
        this.openLike = like;
        this.openRules = like == null ? List.of() : rules(like.javaField);
    }

    /**
     * The field {@code name} stands for when it is one of the {@link OpenNames} of this schema (a name of no
     * component that matches the pattern): the field they are like, under this name; else null.
     */
    WireField open(String name) {
        return openNames != null && openNames.matcher(name).matches() ? new WireField(openLike, name) : null;
    }

    /**
     * What the rules of the open names find in {@code value}, a value bound for one of them: each finding's
     * code, rejected value and message arguments, in the rules' order; empty when it is valid.
     */
    List<Finding> checkOpen(Object value) {
        List<Finding> findings = new ArrayList<>(1);
        Reporter reporter = new Reporter() {
            @Override
            public void report(String property, int index, int code, Object rejected, Map<String, ?> arguments) {
                findings.add(new Finding(code, rejected, arguments));
            }

            @Override
            public java.time.Clock clock() {
                // the value rules of a column switch never ask the time; a rule that did would be a model error
                throw new IllegalStateException("an open name's rule asked for the time");
            }
        };
        for (RuleValidator<Annotation, Object> rule : openRules) {
            rule.check(value, reporter);
        }
        return findings;
    }

    /** One finding of an open name's rule. */
    record Finding(int code, Object rejected, Map<String, ?> arguments) {
    }

    /** The default-group value rules on {@code field}, each validator made and initialized once. */
    private static List<RuleValidator<Annotation, Object>> rules(Field field) {
        List<RuleValidator<Annotation, Object>> rules = new ArrayList<>();
        for (Annotation constraint : Constraints.of(field)) {
            if (!Constraints.groups(constraint).isEmpty()) {
                continue;
            }
            rules.add(Constraints.initialized(constraint));
        }
        return List.copyOf(rules);
    }

    /**
     * The value of each wire field of {@code record}, by {@link WireField#index}: null where the field is
     * absent or its flattened group is. What both writers (JSON and form) write, in schema order.
     */
    Object[] values(Object record) {
        Object[] owners = new Object[groups.length];
        owners[0] = record;
        for (int i = 1; i < groups.length; i++) {
            owners[i] = groups[0].accessors[groups[i].parentSlot].apply(record);
        }
        Object[] values = new Object[fields.length];
        for (WireField field : fields) {
            Object owner = owners[field.group];
            values[field.index] = owner == null ? null : groups[field.group].accessors[field.slot].apply(owner);
        }
        return values;
    }

    /** The field of this wire name, or null. */
    public WireField field(String wireName) {
        return byName.get(wireName);
    }

    /**
     * Slots for the flattened groups of one object being bound, each made at its group's first value
     * (so null = the group is absent); null when the schema has none (every event).
     */
    Object[][] groupSlots() {
        return groups.length == 1 ? null : new Object[groups.length][];
    }

    /** Puts a bound value into the root's slots or its flattened group's. */
    void put(Object[] root, Object[][] groupSlots, WireField field, Object value) {
        if (field.group == 0) {
            root[field.slot] = value;
            return;
        }
        Object[] group = groupSlots[field.group];
        if (group == null) {
            group = groupSlots[field.group] = new Object[groups[field.group].size];
        }
        group[field.slot] = value;
    }

    /**
     * The record from what was bound: a flattened group with no field in the document stays null, as
     * the builders leave it, so that writing and reading back gives an equal record.
     */
    Object build(Object[] root, Object[][] groupSlots) {
        for (int g = 1; g < groups.length; g++) {
            if (groupSlots[g] != null) {
                root[groups[g].parentSlot] = groups[g].build(groupSlots[g]);
            }
        }
        return groups[0].build(root);
    }

    /**
     * @param groupField the flattened group's field in the root record, whose rules (such as
     *     {@link PriceCheck}) may give the group's components their codes; null for the root's own fields
     */
    private WireField field(Class<?> owner, RecordComponent component, int index, int group, int slot, Field groupField) {
        Field javaField = declaredField(owner, component.getName());
        Class<?> raw = component.getType();
        Class<?> element = elementType(component);
        Kind kind;
        Function<String, Object> parser = null;
        Function<Object, String> writer = null;
        WireSchema nested = null;
        if (raw == Integer.class) {
            kind = Kind.INT;
        } else if (raw == Long.class) {
            kind = Kind.LONG;
        } else if (raw == Double.class) {
            kind = Kind.DOUBLE;
        } else if (raw == String.class) {
            kind = Kind.STRING;
        } else if (List.class.isAssignableFrom(raw) && element == GeoEntry.class) {
            kind = Kind.COMPACT_ARRAY;
            parser = GeoEntry::parse;
            writer = e -> ((GeoEntry) e).toCompact();
        } else if (List.class.isAssignableFrom(raw) && element == DeviceRule.class) {
            kind = Kind.COMPACT_ARRAY;
            parser = DeviceRule::parse;
            writer = e -> ((DeviceRule) e).toCompact();
        } else if (List.class.isAssignableFrom(raw) && element == PayoutTier.class) {
            kind = Kind.TIER_STRING;
        } else if (List.class.isAssignableFrom(raw) && element != null && element.isRecord()) {
            kind = Kind.OBJECT_ARRAY;
            nested = new WireSchema(element);
        } else {
            throw new IllegalStateException("no wire form for " + owner.getSimpleName() + "." + component.getName()
                    + " of type " + component.getGenericType());
        }
        String wireName = Wire.name(component);
        int fieldCode = ReaderCodes.wrongType(javaField);
        if (fieldCode == 0 && groupField != null) {
            fieldCode = ReaderCodes.wrongType(groupField, slot);
        }
        int elementCode = 0;
        if (javaField.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
            elementCode = ReaderCodes.wrongType(parameterized.getAnnotatedActualTypeArguments()[0]);
        }
        int invalid = fieldCode != 0 ? fieldCode : elementCode != 0 ? elementCode : FALLBACK_INVALID_CODE;
        int elementInvalid = elementCode != 0 ? elementCode : invalid;
        OneOf oneOf = javaField.getAnnotation(OneOf.class);
        PriceCheck price = groupField == null ? null : groupField.getAnnotation(PriceCheck.class);
        String[] spellings = kind != Kind.STRING ? null
                : oneOf != null ? SharedValues.spellings(oneOf.value())
                : price != null && slot == 0 ? SharedValues.spellings(price.value()) : null;
        return new WireField(wireName, index, kind, group, slot, invalid, elementInvalid, parser, writer, nested, element == GeoEntry.class, spellings,
                kind == Kind.COMPACT_ARRAY || kind == Kind.OBJECT_ARRAY ? arrays++ : -1, javaField, groupField);
    }


    private static Field declaredField(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> elementType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments().length == 1 && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Constructor<?> constructor(Class<?> type, RecordComponent[] components) {
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
        try {
            Constructor<?> c = type.getConstructor(parameterTypes);
            c.trySetAccessible(); // public and exported: no access check per call when this succeeds
            return c;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
        }
    }
}

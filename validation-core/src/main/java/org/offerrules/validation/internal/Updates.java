package org.offerrules.validation.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.Offer;

/**
 * An offer update against the current offer (brief 1.9): the merge, and where the merge's violations
 * belong. A wire field is a top-level field on the wire: a record component of {@link Offer}, or of one
 * of its {@link Flattened} groups. Every wire field merges alone — the update's value when it has
 * one, the current one otherwise — so a group merges field by field; a list ({@code geo_countries},
 * {@code device_rules}, {@code events}, {@code tier_payout}) is one field and replaces the current list
 * whole; {@code id} is always the update's.
 */
public final class Updates {

    /** One wire field: its wire name and the record components leading to it from {@link Offer}. */
    public record Field(String wireName, List<RecordComponent> path) {

        /** The field's value in {@code offer}; null when absent (or a group on the way is). */
        public Object get(Offer offer) {
            Object value = offer;
            for (RecordComponent c : path) {
                if (value == null) {
                    return null;
                }
                value = Accessors.of(c.getDeclaringRecord(), c.getName()).apply(value);
            }
            return value;
        }

        /** {@code offer} with this field set to {@code value} (null removes it). */
        public Offer with(Offer offer, Object value) {
            return (Offer) set(Offer.class, offer, 0, value);
        }

        private Object set(Class<?> type, Object record, int depth, Object value) {
            Shape shape = SHAPES.get(type);
            int slot = shape.slot(path.get(depth).getName());
            Object old = record == null ? null : shape.accessors[slot].apply(record);
            Object replaced = depth == path.size() - 1 ? value : set(path.get(depth).getType(), old, depth + 1, value);
            if (record == null && replaced == null) {
                return null;
            }
            Object[] values = shape.values(record);
            values[slot] = replaced;
            return shape.construct(values);
        }
    }

    /** A record type's components, accessors and canonical constructor, looked up once per type. */
    private static final class Shape {
        final RecordComponent[] components;
        final Function<Object, Object>[] accessors;
        final Constructor<?> constructor;

        @SuppressWarnings("unchecked")
        Shape(Class<?> type) {
            components = type.getRecordComponents();
            accessors = new Function[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = Accessors.of(type, components[i].getName());
                types[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
            }
        }

        int slot(String name) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(name);
        }

        /** The component values of {@code record}; all null when it is null. */
        Object[] values(Object record) {
            Object[] values = new Object[components.length];
            if (record != null) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = accessors[i].apply(record);
                }
            }
            return values;
        }

        Object construct(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getName(), e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private static final List<Field> FIELDS = fields(Offer.class, List.of(), new ArrayList<>());
    private static final Map<String, Field> BY_WIRE_NAME = byWireName();
    private static final Field ID = BY_WIRE_NAME.get("id");

    private Updates() {
    }

    /** The offer's wire fields, in declaration order. */
    public static List<Field> fields() {
        return FIELDS;
    }

    /** The wire field named {@code wireName}; null when the offer has none. */
    public static Field field(String wireName) {
        return BY_WIRE_NAME.get(wireName);
    }

    /**
     * The merge of {@code update} into {@code current}: see the class comment. One pass, each record
     * built once: a linter merges every update it reads.
     */
    public static Offer merge(Offer current, Offer update) {
        Offer merged = (Offer) mergeRecord(Offer.class, current, update);
        // the id is always the update's, even when it has none
        return update.id() == null && merged.id() != null ? ID.with(merged, null) : merged;
    }

    /** {@code update}'s value of each field, else {@code current}'s; a flattened group merged field by field. */
    private static Object mergeRecord(Class<?> type, Object current, Object update) {
        if (update == null) {
            return current;
        }
        if (current == null) {
            return update;
        }
        Shape shape = SHAPES.get(type);
        Object[] values = shape.values(update);
        for (int i = 0; i < values.length; i++) {
            RecordComponent c = shape.components[i];
            Object old = shape.accessors[i].apply(current);
            values[i] = WireNames.isFlattened(c) ? mergeRecord(c.getType(), old, values[i])
                    : values[i] != null ? values[i] : old;
        }
        return shape.construct(values);
    }

    /**
     * Places the violations of the merge at the update's fields.
     *
     * @param current  the current offer
     * @param update   the update
     * @param merged   what the rules found in the merge
     * @param validate the rules, run on other merges of the two offers to find which field took part
     * @return one violation per violation of {@code merged}, in its order: where it was when its field
     *     is {@code id}, a field of the update, or the whole document; a warning where it was when the
     *     current offer alone has it (the same code at the same pointer); otherwise moved to the first
     *     field of the update that took part
     */
    public static List<Violation> place(Offer current, Offer update, List<Violation> merged,
                                        Function<Offer, List<Violation>> validate) {
        List<Violation> placed = new ArrayList<>(merged.size());
        List<Violation> ofCurrent = null;
        for (Violation v : merged) {
            Field f = BY_WIRE_NAME.get(firstSegment(v.pointer()));
            if (f == null || f == ID || f.get(update) != null) {
                placed.add(v);
                continue;
            }
            if (ofCurrent == null) {
                ofCurrent = new ArrayList<>(validate.apply(ID.with(current, update.id())));
            }
            if (removeSame(ofCurrent, v)) {
                placed.add(v.withSeverity(Severity.WARNING));
                continue;
            }
            Field cause = cause(current, update, v, validate);
            Object value = cause.get(update);
            placed.add(new Violation(v.code(), "/" + cause.wireName(), v.message(), v.severity(), value,
                    v.arguments(), v.line(), v.column()));
        }
        return placed;
    }

    /**
     * The update's first field that took part in {@code v}: one without which the merge does not have
     * it; else one that alone brings it; else the update's first field.
     */
    private static Field cause(Offer current, Offer update, Violation v, Function<Offer, List<Violation>> validate) {
        List<Field> present = new ArrayList<>();
        for (Field f : FIELDS) {
            if (f != ID && f.get(update) != null) {
                present.add(f);
            }
        }
        for (Field f : present) {
            if (!has(validate.apply(merge(current, f.with(update, null))), v)) {
                return f;
            }
        }
        for (Field f : present) {
            if (has(validate.apply(f.with(ID.with(current, update.id()), f.get(update))), v)) {
                return f;
            }
        }
        return present.isEmpty() ? ID : present.get(0);
    }

    private static boolean has(List<Violation> violations, Violation v) {
        for (Violation w : violations) {
            if (w.codeNumber() == v.codeNumber() && w.pointer().equals(v.pointer())) {
                return true;
            }
        }
        return false;
    }

    private static boolean removeSame(List<Violation> violations, Violation v) {
        for (int i = 0; i < violations.size(); i++) {
            Violation w = violations.get(i);
            if (w.codeNumber() == v.codeNumber() && w.pointer().equals(v.pointer())) {
                violations.remove(i);
                return true;
            }
        }
        return false;
    }

    private static String firstSegment(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        int end = pointer.indexOf('/', 1);
        return pointer.substring(1, end < 0 ? pointer.length() : end);
    }

    private static List<Field> fields(Class<?> type, List<RecordComponent> prefix, List<Field> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            List<RecordComponent> path = new ArrayList<>(prefix);
            path.add(c);
            if (WireNames.isFlattened(c)) {
                fields(c.getType(), path, out);
            } else {
                out.add(new Field(WireNames.of(c), List.copyOf(path)));
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Field> byWireName() {
        Map<String, Field> map = new HashMap<>();
        for (Field f : FIELDS) {
            map.put(f.wireName(), f);
        }
        return Map.copyOf(map);
    }
}

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

/**
 * An update against the current object (brief 1.9): the merge, and where the merge's violations
 * belong. It works on any request record with an update mode
 * ({@link org.offerrules.validation.Request#hasUpdateMode()}). A wire field is a top-level field on
 * the wire: a record component of the request, or of one of its {@link Flattened} groups. Every wire
 * field merges alone — the update's value when it has one, the current one otherwise — so a group
 * merges field by field; a list ({@code geo_countries}, {@code events}, {@code post_back_urls}, ...)
 * is one field and replaces the current list whole; {@code id} is always the update's.
 */
public final class Updates {

    /** One wire field: its wire name and the record components leading to it from its request record. */
    public record Field(String wireName, List<RecordComponent> path) {

        /** The field's value in {@code request}; null when absent (or a group on the way is). */
        public Object get(Object request) {
            Object value = request;
            for (RecordComponent c : path) {
                if (value == null) {
                    return null;
                }
                value = Accessors.of(c.getDeclaringRecord(), c.getName()).apply(value);
            }
            return value;
        }

        /** {@code request} with this field set to {@code value} (null removes it). */
        @SuppressWarnings("unchecked")
        public <T> T with(T request, Object value) {
            return (T) set(path.get(0).getDeclaringRecord(), request, 0, value);
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

    /** A request type's wire fields in declaration order, by wire name, and its {@code id}. */
    private static final class Layout {
        final List<Field> fields;
        final Map<String, Field> byWireName;
        final Field id;

        Layout(Class<?> type) {
            fields = Updates.fields(type, List.of(), new ArrayList<>());
            Map<String, Field> map = new HashMap<>();
            for (Field f : fields) {
                map.put(f.wireName(), f);
            }
            byWireName = Map.copyOf(map);
            id = byWireName.get("id");
            if (id == null) {
                throw new IllegalArgumentException(type.getName() + " has no id to update by");
            }
        }
    }

    private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
        @Override
        protected Layout computeValue(Class<?> type) {
            return new Layout(type);
        }
    };

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

    private Updates() {
    }

    /** The wire fields of the request type {@code type}, which has an {@code id}, in declaration order. */
    public static List<Field> fields(Class<?> type) {
        return LAYOUTS.get(type).fields;
    }

    /**
     * The wire field named {@code wireName} of the request type {@code type}, which has an {@code id}.
     *
     * @throws IllegalArgumentException when it has none
     */
    public static Field field(Class<?> type, String wireName) {
        Field field = LAYOUTS.get(type).byWireName.get(wireName);
        if (field == null) {
            throw new IllegalArgumentException(type.getName() + " has no wire field " + wireName);
        }
        return field;
    }

    /**
     * The merge of {@code update} into {@code current}, two records of one request type: see the class
     * comment. One pass, each record built once: a linter merges every update it reads.
     */
    @SuppressWarnings("unchecked")
    public static <T> T merge(T current, T update) {
        Field id = LAYOUTS.get(update.getClass()).id;
        T merged = (T) mergeRecord(update.getClass(), current, update);
        // the id is always the update's, even when it has none
        return id.get(update) == null && id.get(merged) != null ? id.with(merged, null) : merged;
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
    public static <T> List<Violation> place(T current, T update, List<Violation> merged,
                                            Function<T, List<Violation>> validate) {
        Layout layout = LAYOUTS.get(update.getClass());
        Field id = layout.id;
        List<Violation> placed = new ArrayList<>(merged.size());
        List<Violation> ofCurrent = null;
        for (Violation v : merged) {
            Field f = layout.byWireName.get(firstSegment(v.pointer()));
            if (f == null || f == id || f.get(update) != null) {
                placed.add(v);
                continue;
            }
            if (ofCurrent == null) {
                ofCurrent = new ArrayList<>(validate.apply(id.with(current, id.get(update))));
            }
            Field cause = removeSame(ofCurrent, v) ? takingPart(layout, current, update, v, validate)
                    : cause(layout, current, update, v, validate);
            if (cause == null) {
                placed.add(v.withSeverity(Severity.WARNING));
                continue;
            }
            Object value = cause.get(update);
            placed.add(new Violation(v.code(), "/" + cause.wireName(), v.message(), v.severity(), value,
                    v.arguments(), v.line(), v.column()));
        }
        return placed;
    }

    /**
     * For a violation the current object already has: the update's first field that takes part in it, one
     * whose absence from the merge (not the current value: absent, as no rule reads it then) takes the
     * violation away; null when none does, and the violation is the current object's alone. A
     * {@code cap_interval_limit} raised above a current overall cap that the current interval limit already
     * exceeds takes part: without it the merge compares nothing.
     */
    private static <T> Field takingPart(Layout layout, T current, T update, Violation v,
                                        Function<T, List<Violation>> validate) {
        T merged = merge(current, update);
        for (Field f : layout.fields) {
            if (f != layout.id && f.get(update) != null && !has(validate.apply(f.with(merged, null)), v)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The update's first field that took part in {@code v}: one without which the merge does not have
     * it; else one that alone brings it; else the update's first field.
     */
    private static <T> Field cause(Layout layout, T current, T update, Violation v,
                                   Function<T, List<Violation>> validate) {
        Field id = layout.id;
        List<Field> present = new ArrayList<>();
        for (Field f : layout.fields) {
            if (f != id && f.get(update) != null) {
                present.add(f);
            }
        }
        for (Field f : present) {
            if (!has(validate.apply(merge(current, f.with(update, null))), v)) {
                return f;
            }
        }
        for (Field f : present) {
            if (has(validate.apply(f.with(id.with(current, id.get(update)), f.get(update))), v)) {
                return f;
            }
        }
        return present.isEmpty() ? id : present.get(0);
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

    static List<Field> fields(Class<?> type, List<RecordComponent> prefix, List<Field> out) {
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
}

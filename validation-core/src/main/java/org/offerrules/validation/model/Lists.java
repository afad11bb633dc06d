package org.offerrules.validation.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Defensive copies that keep null elements: the model never rejects, the rules report. */
final class Lists {

    private static final Frozen<Object> EMPTY = new Frozen<>(new Object[0]);

    private Lists() {
    }

    /**
     * An unmodifiable copy of {@code list} (null stays null). A list this class made is already an
     * unmodifiable copy nobody else holds a mutable handle to, so it is returned as it is: a parsed
     * GEO entry's regions are not copied a second time by the record's constructor.
     */
    static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return null;
        }
        if (list instanceof Frozen) {
            return list;
        }
        Object[] elements = list.toArray();
        if (list.getClass() != ArrayList.class) {
            // another list's toArray may hand out an array it keeps (ArrayList's own constructor does the same)
            elements = Arrays.copyOf(elements, elements.length, Object[].class);
        }
        return frozen(elements);
    }

    /**
     * The parts of {@code text} between separators, as an unmodifiable list; {@code ""} gives one
     * empty part. Counts first so that it allocates the strings and one array only.
     */
    static List<String> split(String text, char separator) {
        int n = 1;
        for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, i + 1)) {
            n++;
        }
        Object[] parts = new Object[n];
        int start = 0;
        for (int k = 0; k < n - 1; k++) {
            int end = text.indexOf(separator, start);
            parts[k] = text.substring(start, end);
            start = end + 1;
        }
        parts[n - 1] = text.substring(start);
        return frozen(parts);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> frozen(Object[] elements) {
        return elements.length == 0 ? (List<T>) EMPTY : new Frozen<>(elements);
    }

    /**
     * An unmodifiable list over an array only this class holds; null elements allowed (unlike
     * {@code List.of}). Every mutator throws, as {@code Collections.unmodifiableList}'s do.
     */
    private static final class Frozen<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] elements;

        Frozen(Object[] elements) {
            this.elements = elements;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            return (T) elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public Object[] toArray() {
            return elements.clone();
        }

        @Override
        public boolean removeIf(Predicate<? super T> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(UnaryOperator<T> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(Comparator<? super T> c) {
            throw new UnsupportedOperationException();
        }
    }
}

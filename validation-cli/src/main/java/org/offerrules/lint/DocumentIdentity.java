package org.offerrules.lint;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.offerrules.validation.spi.Records;
import org.offerrules.validation.spi.Wire;

/**
 * Which document of a file a finding belongs to, in words that survive edits moving it: its {@code id}
 * ({@code id:12}), else its {@code name} ({@code name:Summer Sale}), else its position in the file
 * ({@code index:3}, 0-based). Read from the bound request by the wire names {@code id} and {@code name},
 * the same for every request type; a request without such a field, or with it absent or empty, or a
 * document that is not an object at all, falls back to the next.
 */
final class DocumentIdentity {

    /** The wire names tried, in order; each is also the identity's prefix. */
    private static final List<String> FIELDS = List.of("id", "name");

    /** Per record type: the accessors of the fields it has, in the order of {@link #FIELDS}. */
    private static final ClassValue<List<Named>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Named> computeValue(Class<?> type) {
            List<Named> found = new ArrayList<>();
            if (!type.isRecord()) {
                return found;
            }
            for (String field : FIELDS) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (Wire.name(component).equals(field)) {
                        found.add(new Named(field, Records.accessor(type, component.getName())));
                    }
                }
            }
            return List.copyOf(found);
        }
    };

    private record Named(String field, Function<Object, Object> accessor) {
    }

    private DocumentIdentity() {
    }

    /** The identity of the document at {@code index} whose bound request is {@code request} (null when none). */
    static String of(Object request, int index) {
        if (request != null) {
            for (Named named : ACCESSORS.get(request.getClass())) {
                Object value = named.accessor().apply(request);
                if ((value instanceof CharSequence || value instanceof Number) && !value.toString().isEmpty()) {
                    return named.field() + ":" + value;
                }
            }
        }
        return "index:" + index;
    }
}

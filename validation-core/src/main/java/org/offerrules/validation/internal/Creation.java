package org.offerrules.validation.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a request's body creates, as data of its row: the body makes an object the network did not have
 * when its id is absent (brief 3.1: "no {@code id} creates"), or when an item of one of its lists has no
 * id of its own (a postback setting's new URL). Sent twice, such a body may make two objects; sent twice,
 * any other write leaves what one leaves. offer-rules-client sends a create again only when its first
 * attempt is known not to have been acted on (docs/decisions/transport.md).
 *
 * @param <T> the request record
 */
public final class Creation<T> {

    private final Function<T, ?> id;
    private final Function<T, List<?>> items;
    private final Function<Object, ?> itemId;

    private Creation(Function<T, ?> id, Function<T, List<?>> items, Function<Object, ?> itemId) {
        this.id = id;
        this.items = items;
        this.itemId = itemId;
    }

    /** A body creates when {@code id} gives null: the request creates without its id, updates with it. */
    public static <T> Creation<T> withoutId(Function<T, ?> id) {
        return new Creation<>(Objects.requireNonNull(id, "id"), null, null);
    }

    /** A body creates when an item of {@code items} has no {@code itemId}: each such item is a new object. */
    @SuppressWarnings("unchecked")
    public static <T, E> Creation<T> itemsWithoutId(Function<T, List<E>> items, Function<E, ?> itemId) {
        return new Creation<>(null, (Function<T, List<?>>) (Function<T, ?>) Objects.requireNonNull(items, "items"),
                (Function<Object, ?>) (Function<?, ?>) Objects.requireNonNull(itemId, "itemId"));
    }

    /** Whether {@code body} creates. */
    public boolean creates(T body) {
        if (id != null) {
            return id.apply(body) == null;
        }
        List<?> list = items.apply(body);
        return list != null && list.stream().anyMatch(item -> item != null && itemId.apply(item) == null);
    }
}

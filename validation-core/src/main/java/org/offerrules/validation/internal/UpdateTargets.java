package org.offerrules.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Rule;
import org.offerrules.validation.Violation;

/**
 * The update mode of a request, as data: its key (the wire names that name the object an update
 * changes: {@code id}, with {@code offer_id} for a postback setting) and what an update names that must
 * exist as a current object — the object itself (6304 offer, 6105 advertiser, 6204 affiliate) and items
 * of its lists (6229 per {@code post_back_id}). Reported only on values the input rules found valid.
 *
 * @param <T> the request record
 */
public final class UpdateTargets<T> {

    /** Items of a list the current object must have: the list and each item's key. */
    private record Each<T, E>(int code, String list, String key, Function<T, List<E>> items,
                              Function<E, Integer> keyOf, String sentence) {

        void check(T current, T update, List<Violation> violations) {
            List<E> named = items.apply(update);
            if (named == null) {
                return;
            }
            List<E> known = current == null ? null : items.apply(current);
            for (int i = 0; i < named.size(); i++) {
                E item = named.get(i);
                Integer k = item == null ? null : keyOf.apply(item);
                if (k != null && !has(known, k)) {
                    missing(code, "/" + list + "/" + i + "/" + key, k, violations);
                }
            }
        }

        private boolean has(List<E> items, Integer k) {
            if (items != null) {
                for (E item : items) {
                    if (item != null && Objects.equals(keyOf.apply(item), k)) {
                        return true;
                    }
                }
            }
            return false;
        }

        Rule rule() {
            return UpdateTargets.rule(code, "/" + list + "/*/" + key, sentence);
        }
    }

    private final List<String> key;
    private final int missing;
    private final String missingSentence;
    private final List<Each<T, ?>> each;

    private UpdateTargets(List<String> key, int missing, String missingSentence, List<Each<T, ?>> each) {
        if (key.isEmpty() || !key.get(0).equals("id")) {
            throw new IllegalArgumentException("an update key starts with id: " + key);
        }
        this.key = List.copyOf(key);
        this.missing = missing;
        this.missingSentence = missingSentence;
        this.each = List.copyOf(each);
    }

    /** A request updated by {@code key} (wire names, {@code id} first), with nothing that must exist yet. */
    public static <T> UpdateTargets<T> key(String... key) {
        return new UpdateTargets<>(List.of(key), 0, null, List.of());
    }

    /** These targets, and: without a current object, an otherwise valid {@code id} is {@code code}. */
    public UpdateTargets<T> missing(int code, String sentence) {
        return new UpdateTargets<>(key, code, sentence, each);
    }

    /**
     * These targets, and: each key {@code key} of an item of the update's list {@code list} (wire names)
     * that the current object's list does not have is {@code code} at the item's key.
     */
    public <E> UpdateTargets<T> each(int code, String list, Function<T, List<E>> items, String key,
                                     Function<E, Integer> keyOf, String sentence) {
        List<Each<T, ?>> more = new ArrayList<>(each);
        more.add(new Each<>(code, list, key, items, keyOf, sentence));
        return new UpdateTargets<>(this.key, missing, missingSentence, more);
    }

    /** The wire names of the key, {@code id} first. */
    public List<String> key() {
        return key;
    }

    /** The codes of the targets, in the order they are checked. */
    public List<Integer> codes() {
        List<Integer> codes = new ArrayList<>();
        if (missing != 0) {
            codes.add(missing);
        }
        each.forEach(e -> codes.add(e.code()));
        return codes;
    }

    /** The rules of the targets, for the request's catalog. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        if (missing != 0) {
            rules.add(rule(missing, "/id", missingSentence));
        }
        each.forEach(e -> rules.add(e.rule()));
        return rules;
    }

    /** The values of the key in {@code request}, in the key's order. */
    public List<Object> keyOf(Object request) {
        List<Object> values = new ArrayList<>(key.size());
        for (String name : key) {
            values.add(Updates.field(request.getClass(), name).get(request));
        }
        return values;
    }

    /**
     * Throws when {@code current} cannot be the current object of {@code update}: another type, or
     * another value of a component of the key.
     */
    public void requireSameObject(Object current, Object update) {
        if (current.getClass() != update.getClass()) {
            throw new IllegalArgumentException("the current object (" + current.getClass().getSimpleName()
                    + ") is not of the update's type (" + update.getClass().getSimpleName() + ")");
        }
        for (String name : key) {
            Updates.Field field = Updates.field(update.getClass(), name);
            Object was = field.get(current);
            Object now = field.get(update);
            if (was != null && now != null && !was.equals(now)) {
                throw new IllegalArgumentException("the update of " + name + " " + now
                        + " is checked against the current object of " + name + " " + was);
            }
        }
    }

    /**
     * {@code violations} with the codes of what {@code update} names that {@code current} (null: none)
     * does not have; unchanged after a first violation when {@code failFast}.
     */
    public List<Violation> check(T current, T update, boolean failFast, List<Violation> violations) {
        if (failFast && !violations.isEmpty()) {
            return violations;
        }
        List<Violation> more = new ArrayList<>(violations);
        if (missing != 0 && current == null) {
            missing(missing, "/id", (Integer) Updates.field(update.getClass(), "id").get(update), more);
        }
        for (Each<T, ?> e : each) {
            e.check(current, update, more);
        }
        return more.size() == violations.size() ? violations : more;
    }

    private static void missing(int code, String pointer, Integer id, List<Violation> violations) {
        if (id != null && id > 0 && Lookup.clean(pointer, violations)) {
            violations.add(Violation.of(ErrorCode.of(code), pointer, id));
        }
    }

    private static Rule rule(int code, String pointer, String sentence) {
        return new Rule(code, Rule.Kind.LOOKUP, pointer, "OfferValidator.validateUpdate",
                sentence + " (`validateUpdate`, `--current`).");
    }
}

package org.offerrules.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferLookup;
import org.offerrules.validation.Rule;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.internal.data.DataEntity;

/**
 * One existence rule of a request, as data: its code, the pointer it reports at, the {@link OfferLookup}
 * question that answers it and the accessor of the value it asks about. A request's row
 * ({@link org.offerrules.validation.Request}) lists its lookups; {@link #check} runs one after the input
 * rules, and only on a value those found valid (no violation at its pointer yet), so a reference is
 * never reported twice.
 *
 * @param <T> the request record
 */
public final class Lookup<T> {

    /**
     * An id a lookup asks about, with the rejected value and the message arguments of its violation, and
     * the pointer of the item it was read from when that is not the lookup's own (null: the lookup's).
     */
    public record Asked(long id, Object rejected, Map<String, Object> arguments, String at) {

        /** An id reported at the lookup's own pointer. */
        public Asked(long id, Object rejected, Map<String, Object> arguments) {
            this(id, rejected, arguments, null);
        }
    }

    private final int code;
    private final String pointer;
    private final Question question;
    private final String sentence;
    private final String note;
    private final boolean onUpdateOnly;
    private final String alsoClean;
    // exactly one of the three accessors is set: one id, several ids, or a value whose owner is asked
    private final Function<T, Integer> id;
    private final Function<T, List<Asked>> ids;
    private final Function<T, String> owned;
    private final Function<T, Integer> self;

    private Lookup(int code, String pointer, Question question, String sentence, String note, boolean onUpdateOnly,
                   String alsoClean, Function<T, Integer> id, Function<T, List<Asked>> ids, Function<T, String> owned,
                   Function<T, Integer> self) {
        if (question.asksOwner() != (owned != null)) {
            throw new IllegalArgumentException(question + " does not fit the lookup of " + code);
        }
        this.code = code;
        this.pointer = pointer;
        this.question = question;
        this.sentence = sentence;
        this.note = note;
        this.onUpdateOnly = onUpdateOnly;
        this.alsoClean = alsoClean;
        this.id = id;
        this.ids = ids;
        this.owned = owned;
        this.self = self;
    }

    /** {@code code} at {@code pointer} when the id {@code id} reads (if above 0) does not exist. */
    public static <T> Lookup<T> exists(int code, String pointer, Question question, Function<T, Integer> id,
                                       String sentence) {
        return new Lookup<>(code, pointer, question, sentence, null, false, null, id, null, null, null);
    }

    /** {@link #exists} in update mode only: the id of the object an update changes. */
    public static <T> Lookup<T> existsOnUpdate(int code, String pointer, Question question, Function<T, Integer> id,
                                               String sentence) {
        return new Lookup<>(code, pointer, question, sentence, null, true, null, id, null, null, null);
    }

    /** {@link #exists}, asked only while {@code alsoClean} has no violation either (the field that chose it). */
    public static <T> Lookup<T> existsUnless(int code, String pointer, String alsoClean, Question question,
                                             Function<T, Integer> id, String sentence) {
        return new Lookup<>(code, pointer, question, sentence, null, false, alsoClean, id, null, null, null);
    }

    /**
     * {@code code} at {@code pointer} once per id of {@code ids} (each above 0) that does not exist;
     * {@code note} says how many reports that makes.
     */
    public static <T> Lookup<T> eachExists(int code, String pointer, Question question, Function<T, List<Asked>> ids,
                                           String sentence, String note) {
        return new Lookup<>(code, pointer, question, sentence, note, false, null, null, ids, null, null);
    }

    /** {@code code} at {@code pointer} when the owner of the value {@code owned} reads is another than {@code self}. */
    public static <T> Lookup<T> ownedBySelf(int code, String pointer, Question question, Function<T, String> owned,
                                            Function<T, Integer> self, String sentence) {
        return new Lookup<>(code, pointer, question, sentence, null, false, null, null, null, owned, self);
    }

    /** The code it reports. */
    public int code() {
        return code;
    }

    /** The pointer it reports at. */
    public String pointer() {
        return pointer;
    }

    /** The {@link OfferLookup} question that answers it. */
    public Question question() {
        return question;
    }

    /**
     * Its rule, for the request's catalog: the sentence, the question that answers it and the data
     * folder's file that does ({@code NetworkData}), then the note.
     */
    public Rule rule() {
        String asked = "OfferLookup." + question.methodName();
        DataEntity file = DataEntity.answering(question);
        return new Rule(code, Rule.Kind.LOOKUP, pointer, asked, sentence + " (`" + asked + "`"
                + (file == null ? "" : "; data folder: `" + file.fileName() + "`") + ")"
                + (note == null ? "" : ", " + note) + ".");
    }

    /**
     * For a lookup of who owns a value ({@link #ownedBySelf}): the value {@code request} claims, null
     * when it has none or the lookup asks whether an id exists.
     */
    public String claimed(T request) {
        return owned == null ? null : owned.apply(request);
    }

    /** Whether it asks who owns a value ({@link #ownedBySelf}): a value a batch's requests can claim twice. */
    public boolean ownsValue() {
        return owned != null;
    }

    /** For a lookup of who owns a value: the id of the object that claims it, null for a new one. */
    public Integer claimant(T request) {
        return self == null ? null : self.apply(request);
    }

    /** Adds its violation(s) of {@code request}, validated in {@code mode}, to {@code violations}. */
    public void check(T request, ValidationMode mode, OfferLookup lookup, List<Violation> violations) {
        if (onUpdateOnly && mode != ValidationMode.UPDATE) {
            return;
        }
        if (id != null) {
            Integer value = id.apply(request);
            if (value != null && value > 0 && clean(pointer, violations)
                    && (alsoClean == null || clean(alsoClean, violations)) && !question.exists(lookup, value)) {
                violations.add(Violation.of(ErrorCode.of(code), pointer, value));
            }
        } else if (ids != null) {
            // the ids are read only from a clean value: the input rules may have found it unreadable
            List<Asked> asked = clean(pointer, violations) ? ids.apply(request) : null;
            if (asked != null) {
                for (Asked a : asked) {
                    String at = a.at() == null ? pointer : a.at();
                    if (a.id() > 0 && (a.at() == null || clean(at, violations))
                            && !question.exists(lookup, (int) a.id())) {
                        violations.add(Violation.of(ErrorCode.of(code), at, a.rejected(), a.arguments()));
                    }
                }
            }
        } else {
            String value = owned.apply(request);
            if (value != null && clean(pointer, violations)) {
                Integer owner = question.owner(lookup, value);
                if (owner != null && !owner.equals(self.apply(request))) {
                    violations.add(Violation.of(ErrorCode.of(code), pointer, value));
                }
            }
        }
    }

    /** No violation at {@code pointer} yet: a reference the input rules found valid. */
    static boolean clean(String pointer, List<Violation> violations) {
        for (int i = 0; i < violations.size(); i++) {
            if (violations.get(i).pointer().equals(pointer)) {
                return false;
            }
        }
        return true;
    }
}

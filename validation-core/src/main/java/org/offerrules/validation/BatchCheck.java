package org.offerrules.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.offerrules.validation.internal.Lookup;
import org.offerrules.validation.internal.Updates;
import org.offerrules.validation.internal.data.EmailOwners;

/**
 * A batch of requests checked against itself, which no lookup of the network can do: two requests of
 * the batch that claim one e-mail address for different objects (two new advertisers: 6113; two new
 * affiliates: 6207), reported at the second, and one object updated twice (6006 as a warning at the
 * second's {@code /id}: the API applies the updates one after the other, and the second can meet the
 * first still processing — docs/decisions/network-data.md). An object's own address on its own
 * update claims nothing new. The claims come from the request rows: their owner lookups
 * ({@code Lookup.ownedBySelf}) and their update keys; {@link #rules} declares what it reports, for the
 * catalog. A reader places the findings at the claimed values ({@link Claims#at}).
 *
 * <p>Its findings are at the levels of a validator's {@link RuleSettings}, as every other finding is:
 * {@code 6006: off} leaves them out, {@code 6006: error} makes the second update an error. The claims
 * are kept whatever the levels, so a finding turned off in one file still sees the claims of that file.
 *
 * <p>Feed it the batch in order, {@link #check(Object, List)} once per request; the answer depends only
 * on that order, so a run on several threads reads {@link #claimsOf} on its workers and calls
 * {@link #check(Claims, List)} in document order. The claims are kept until the batch ends: a few dozen
 * bytes per claiming request. Not thread-safe.
 */
public final class BatchCheck {

    /** The update of an object the batch updates twice: a warning. */
    static final int UPDATED_TWICE = 6006;

    /** Where an update's finding is: the first field of its key. */
    private static final String UPDATE_POINTER = "/id";

    /** Who reports the batch's rules ({@link Rule#source()}). */
    private static final String SOURCE = "BatchCheck";

    /**
     * Where the rules of the batch ({@link #rules}) are checked, in one sentence (Markdown): what the
     * catalog and {@code offer-lint explain} say under them.
     */
    public static final String CHECKED = "The batch's rules are checked by `BatchCheck`, the requests of one "
            + "batch against each other, offline (with or without an `OfferLookup`), and by every `offer-lint` "
            + "run, across its files and documents (with or without `--data`).";

    private static final int NEW = 0;

    /**
     * What one request claims: owned values and the key of the object it updates, and, when the request
     * was read from a document, where their values stand in it ({@link #at}). Immutable.
     */
    public static final class Claims {
        private final List<Owned> owned;
        private final String updateKey;
        private final String updateId;
        private final int updateLine;
        private final int updateColumn;

        private Claims(List<Owned> owned, String updateKey, String updateId, int updateLine, int updateColumn) {
            this.owned = owned;
            this.updateKey = updateKey;
            this.updateId = updateId;
            this.updateLine = updateLine;
            this.updateColumn = updateColumn;
        }

        /**
         * The pointers the findings of these claims are at, in order, each once: what a reader places
         * with {@link #at}.
         */
        public List<String> pointers() {
            List<String> pointers = new ArrayList<>(owned.size() + 1);
            for (Owned o : owned) {
                if (!pointers.contains(o.pointer())) {
                    pointers.add(o.pointer());
                }
            }
            if (updateKey != null && !pointers.contains(UPDATE_POINTER)) {
                pointers.add(UPDATE_POINTER);
            }
            return pointers;
        }

        /**
         * These claims with the value at {@code pointer} (one of {@link #pointers()}) at {@code line} and
         * {@code column} (1-based) of the document: the findings at that pointer are placed there, as the
         * reader places every other finding. Without it they have no position.
         */
        public Claims at(String pointer, int line, int column) {
            List<Owned> placed = new ArrayList<>(owned.size());
            for (Owned o : owned) {
                placed.add(o.pointer().equals(pointer) ? new Owned(o.code(), o.pointer(), o.key(), o.value(),
                        o.self(), line, column) : o);
            }
            boolean update = updateKey != null && pointer.equals(UPDATE_POINTER);
            return new Claims(List.copyOf(placed), updateKey, updateId, update ? line : updateLine,
                    update ? column : updateColumn);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Claims c && owned.equals(c.owned) && Objects.equals(updateKey, c.updateKey)
                    && Objects.equals(updateId, c.updateId) && updateLine == c.updateLine
                    && updateColumn == c.updateColumn;
        }

        @Override
        public int hashCode() {
            return Objects.hash(owned, updateKey, updateId, updateLine, updateColumn);
        }

        @Override
        public String toString() {
            return "Claims" + pointers();
        }
    }

    /** An owned value; line 0: no position. */
    private record Owned(int code, String pointer, String key, String value, Integer self, int line, int column) {
    }

    private final Map<String, Integer> owners = new HashMap<>();
    private final Set<String> updated = new HashSet<>();
    /** Whose settings give the findings their levels; null: none. */
    private final OfferValidator validator;

    /** A new, empty batch whose findings are at the severities the rules report (no settings). */
    public BatchCheck() {
        this.validator = null;
    }

    /**
     * A new, empty batch whose findings are at {@code validator}'s levels ({@link OfferValidator#applySettings}):
     * give it the validator that validates the batch.
     */
    public BatchCheck(OfferValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * What {@code request} (a request body) claims; null when it claims nothing (a request without owner
     * lookups or update mode, or null). Thread-safe.
     */
    public static Claims claimsOf(Object request) {
        if (request == null) {
            return null;
        }
        Request row = Request.ofType(request.getClass()).orElse(null);
        if (row == null) {
            return null;
        }
        Claiming claiming = Claiming.BY_REQUEST.get(row);
        List<Owned> owned = null;
        for (Lookup<Object> lookup : claiming.lookups()) {
            String value = lookup.claimed(request);
            if (value != null && !value.isBlank()) {
                if (owned == null) {
                    owned = new ArrayList<>(1);
                }
                owned.add(new Owned(lookup.code(), lookup.pointer(), lookup.code() + ":" + EmailOwners.normal(value),
                        value, lookup.claimant(request), 0, 0));
            }
        }
        String updateKey = null;
        String updateId = null;
        // the key's first field (the id) decides: most documents create, and their key is read no further
        if (claiming.firstKey() != null && claiming.firstKey().get(request) != null) {
            List<Object> key = row.keyOf(request);
            updateKey = row.method() + key;
            updateId = String.valueOf(key.get(0));
        }
        return owned == null && updateKey == null ? null
                : new Claims(owned == null ? List.of() : owned, updateKey, updateId, 0, 0);
    }

    /**
     * The rules of the batch for {@code request}'s bodies, in the order they run: one per value its
     * lookups of an owner read ({@code 6113} at {@code /email} for {@code setAdvertiser}), and, with an
     * update mode, {@code 6006} at {@code /id}. What {@link #check} reports is declared here only: the
     * catalog ({@code docs/rules.md}) and {@code offer-lint explain} show these rules.
     */
    public static List<Rule> rules(Request request) {
        List<Rule> rules = new ArrayList<>(2);
        for (Lookup<Object> lookup : Claiming.BY_REQUEST.get(request).lookups()) {
            rules.add(new Rule(lookup.code(), Rule.Kind.BATCH, lookup.pointer(), SOURCE, "no earlier request of "
                    + "the batch claims the same `" + lookup.pointer().substring(1) + "` for another object, new "
                    + "or existing: reported at the second."));
        }
        if (request.hasUpdateMode()) {
            rules.add(new Rule(UPDATED_TWICE, Rule.Kind.BATCH, UPDATE_POINTER, SOURCE, "no earlier request of the "
                    + "batch updates the same object (the same `" + String.join("`, `", request.updateKey())
                    + "`): a warning at the second, which may meet the first still processing."));
        }
        return List.copyOf(rules);
    }

    /** The codes some rule of the batch reports ({@link #rules}), ascending. */
    public static SortedSet<Integer> codes() {
        SortedSet<Integer> codes = new TreeSet<>();
        for (Request request : Request.values()) {
            rules(request).forEach(rule -> codes.add(rule.code()));
        }
        return Collections.unmodifiableSortedSet(codes);
    }

    /**
     * What the bodies of one request can claim, made once per request: {@link #claimsOf} runs for every
     * document a reader reads.
     *
     * @param lookups  its lookups that ask who owns a value: the values its bodies claim
     * @param firstKey the first field of its update key (the id); null without an update mode
     */
    private record Claiming(List<Lookup<Object>> lookups, Updates.Field firstKey) {
        static final Map<Request, Claiming> BY_REQUEST = new EnumMap<>(Request.class);

        static {
            for (Request row : Request.values()) {
                List<Lookup<Object>> claiming = new ArrayList<>(0);
                for (Lookup<Object> lookup : row.lookups()) {
                    if (lookup.ownsValue()) {
                        claiming.add(lookup);
                    }
                }
                BY_REQUEST.put(row, new Claiming(List.copyOf(claiming),
                        row.hasUpdateMode() ? Updates.field(row.type(), row.updateKey().get(0)) : null));
            }
        }
    }

    /**
     * The violations of the next request of the batch, {@code request}, against the ones before it;
     * {@code found} are its own violations (nothing is reported again at a pointer that has one).
     */
    public List<Violation> check(Object request, List<Violation> found) {
        return check(claimsOf(request), found);
    }

    /** {@link #check(Object, List)} of claims read before ({@link #claimsOf}); null claims nothing. */
    public List<Violation> check(Claims claims, List<Violation> found) {
        List<Violation> more = unleveled(claims, found);
        return validator == null ? more : validator.applySettings(more);
    }

    /**
     * {@link #check(Claims, List)} at the levels of {@code levels}, not of this batch's validator: a
     * batch of several files, each validated by its own ({@link OfferValidator#forFile}).
     */
    public List<Violation> check(Claims claims, List<Violation> found, OfferValidator levels) {
        return Objects.requireNonNull(levels, "levels").applySettings(unleveled(claims, found));
    }

    private List<Violation> unleveled(Claims claims, List<Violation> found) {
        if (claims == null) {
            return List.of();
        }
        List<Violation> more = new ArrayList<>(0);
        for (Owned o : claims.owned) {
            int self = o.self() == null || o.self() <= 0 ? NEW : o.self();
            Integer first = owners.putIfAbsent(o.key(), self);
            if (first != null && (first == NEW || first != self) && clean(o.pointer(), found)) {
                ErrorCode code = ErrorCode.of(o.code());
                more.add(placed(Violation.of(code, o.pointer(), o.value()).withMessage(code.message(Map.of())
                        + ": " + o.value() + " is claimed earlier in this batch by "
                        + (first == NEW ? "a new object" : "id " + first)), o.line(), o.column()));
            }
        }
        if (claims.updateKey != null && !updated.add(claims.updateKey) && clean(UPDATE_POINTER, found)) {
            ErrorCode code = ErrorCode.of(UPDATED_TWICE);
            more.add(placed(Violation.of(code, UPDATE_POINTER, claims.updateId).withMessage(code.message(Map.of())
                    + ": id " + claims.updateId + " is updated earlier in this batch; the second update may "
                    + "meet the first still processing").withSeverity(Severity.WARNING),
                    claims.updateLine, claims.updateColumn));
        }
        return more;
    }

    private static Violation placed(Violation v, int line, int column) {
        return line > 0 ? v.at(line, column) : v;
    }

    private static boolean clean(String pointer, List<Violation> found) {
        for (Violation v : found) {
            if (v.pointer().equals(pointer)) {
                return false;
            }
        }
        return true;
    }
}

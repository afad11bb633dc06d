package org.offerrules.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.offerrules.validation.internal.Lookup;
import org.offerrules.validation.internal.data.EmailOwners;

/**
 * A batch of requests checked against itself, which no lookup of the network can do: two requests of
 * the batch that claim one e-mail address for different objects (two new advertisers: 6113; two new
 * affiliates: 6207), reported at the second, and one object updated twice (6006 as a warning at the
 * second's {@code /id}: the API applies the updates one after the other, and the second can meet the
 * first still processing — docs/decisions/network-data.md). An object's own address on its own
 * update claims nothing new. The claims come from the request rows: their owner lookups
 * ({@code Lookup.ownedBySelf}) and their update keys.
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

    private static final int NEW = 0;

    /** What one request claims: owned values and the key of the object it updates. */
    public static final class Claims {
        private final List<Owned> owned;
        private final String updateKey;
        private final String updateId;

        private Claims(List<Owned> owned, String updateKey, String updateId) {
            this.owned = owned;
            this.updateKey = updateKey;
            this.updateId = updateId;
        }
    }

    private record Owned(int code, String pointer, String key, String value, Integer self) {
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
        List<Owned> owned = null;
        for (Lookup<Object> lookup : row.lookups()) {
            String value = lookup.claimed(request);
            if (value != null && !value.isBlank()) {
                if (owned == null) {
                    owned = new ArrayList<>(1);
                }
                owned.add(new Owned(lookup.code(), lookup.pointer(), lookup.code() + ":" + EmailOwners.normal(value),
                        value, lookup.claimant(request)));
            }
        }
        String updateKey = null;
        String updateId = null;
        if (row.hasUpdateMode()) {
            List<Object> key = row.keyOf(request);
            if (key.get(0) != null) {
                updateKey = row.method() + key;
                updateId = String.valueOf(key.get(0));
            }
        }
        return owned == null && updateKey == null ? null
                : new Claims(owned == null ? List.of() : owned, updateKey, updateId);
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
                more.add(Violation.of(code, o.pointer(), o.value()).withMessage(code.message(Map.of())
                        + ": " + o.value() + " is claimed earlier in this batch by "
                        + (first == NEW ? "a new object" : "id " + first)));
            }
        }
        if (claims.updateKey != null && !updated.add(claims.updateKey) && clean("/id", found)) {
            ErrorCode code = ErrorCode.of(UPDATED_TWICE);
            more.add(Violation.of(code, "/id", claims.updateId).withMessage(code.message(Map.of())
                    + ": id " + claims.updateId + " is updated earlier in this batch; the second update may "
                    + "meet the first still processing").withSeverity(Severity.WARNING));
        }
        return more;
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

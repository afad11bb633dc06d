package org.offerrules.validation.wire;

import java.util.ArrayList;
import java.util.List;

import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.spi.JsonPointers;

/** Runs the rules on what was bound and merges their violations, placed, with the binding ones. */
final class Results {

    private Results() {
    }

    static Outcome finish(Bound bound, OfferValidator validator, ValidationMode mode, boolean validate) {
        // the reader's own findings (an unknown field, a wrong type) at the levels the validator's settings give them
        List<Violation> binding = validator.applySettings(bound.violations());
        BatchCheck.Claims claims = claims(bound);
        if (bound.offer() == null || !validate) {
            return new Outcome(bound.offer(), ValidationReport.of(binding), claims);
        }
        ValidationReport rules = validator.validate(bound.offer(), mode);
        if (rules.violations().isEmpty() && binding.isEmpty()) {
            return new Outcome(bound.offer(), ValidationReport.empty(), claims);
        }
        List<Violation> all = new ArrayList<>(binding.size() + rules.violations().size());
        all.addAll(binding);
        for (Violation v : rules.violations()) {
            if (failedBinding(v.pointer(), bound.failed())) {
                continue; // the binding violation already says what is wrong there
            }
            long at = bound.locations().resolve(v.pointer());
            all.add(v.at(Locations.line(at), bound.columns().column(at)));
        }
        return new Outcome(bound.offer(), ValidationReport.of(all), claims);
    }

    /**
     * What the request claims in a batch, placed at its values as a violation at their pointers is: the
     * positions are known only while the document is read. A request that claims nothing costs the
     * look at its claims only.
     */
    private static BatchCheck.Claims claims(Bound bound) {
        BatchCheck.Claims claims = BatchCheck.claimsOf(bound.offer());
        if (claims == null || bound.locations() == null) {
            return claims;
        }
        for (String pointer : claims.pointers()) {
            long at = bound.locations().resolve(pointer);
            claims = claims.at(pointer, Locations.line(at), bound.columns().column(at));
        }
        return claims;
    }

    private static boolean failedBinding(String pointer, List<String> failed) {
        for (int i = 0, n = failed.size(); i < n; i++) {
            if (JsonPointers.isWithin(pointer, failed.get(i))) {
                return true;
            }
        }
        return false;
    }
}

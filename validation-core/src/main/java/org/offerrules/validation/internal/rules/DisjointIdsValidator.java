package org.offerrules.validation.internal.rules;

import java.util.HashSet;
import java.util.Set;

import org.offerrules.validation.constraints.DisjointIds;

/** {@link DisjointIds}: two well-formed id lists share no id. */
public final class DisjointIdsValidator extends FieldPairValidator<DisjointIds> {

    @Override
    public void initialize(DisjointIds annotation) {
        pair(annotation.field(), annotation.other(), annotation.code());
    }

    @Override
    Object check(Object value, Object other) {
        if (!(value instanceof String list && other instanceof String others) || list.isBlank() || others.isBlank()
                || !IdListValidator.isIdList(list) || !IdListValidator.isIdList(others)) {
            return null;
        }
        Set<Long> seen = new HashSet<>();
        for (String id : others.split(",")) {
            seen.add(Long.parseLong(id.strip()));
        }
        for (String id : list.split(",")) {
            long number = Long.parseLong(id.strip());
            if (seen.contains(number)) {
                return Long.toString(number);
            }
        }
        return null;
    }
}

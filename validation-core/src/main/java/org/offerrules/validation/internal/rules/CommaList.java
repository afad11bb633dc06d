package org.offerrules.validation.internal.rules;

/**
 * The scan of a comma-separated list that the list rules share ({@code @IdList}, {@code @NumberList},
 * {@code @OneOfList}): each item between commas, white space around it aside (as {@link String#strip()}),
 * is handed to the rule as a range of the text. No regex, no split and no allocation: a rule makes its
 * {@link Item} once, when it is initialized.
 */
final class CommaList {

    private CommaList() {
    }

    /** A rule's check of one item. */
    @FunctionalInterface
    interface Item {
        /**
         * Whether the characters of {@code value} from {@code from} (inclusive) to {@code to} (exclusive),
         * white space around them stripped, are an accepted item; an empty item ({@code "1,,2"}) is
         * {@code from == to}.
         */
        boolean accepts(String value, int from, int to);
    }

    /** Whether {@code item} accepts every comma-separated item of {@code value}; it stops at the first it does not. */
    static boolean every(String value, Item item) {
        int n = value.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || value.charAt(i) == ',') {
                int from = start;
                int to = i;
                while (from < to && Character.isWhitespace(value.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
                    to--;
                }
                if (!item.accepts(value, from, to)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }
}

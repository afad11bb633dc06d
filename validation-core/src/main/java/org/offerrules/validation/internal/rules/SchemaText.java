package org.offerrules.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.offerrules.validation.internal.DeviceVocabulary;
import org.offerrules.validation.internal.Iso3166;
import org.offerrules.validation.model.ApiValue;

/** Regular-expression text shared by the rules' schema pieces ({@code RuleValidator.schema}). */
final class SchemaText {

    /** White space as {@link Character#isWhitespace} sees it, as a character class. */
    static final String WS = charClass(Character::isWhitespace);

    /** What {@code HttpUrl} accepts anywhere in a URL: no control character, space or other white space. */
    static final String URL_CHAR = "[^\\u0000-\\u0020\\u007f" + WS.substring(1, WS.length() - 1) + "]";

    /** A host name as {@code HttpUrl} takes it. */
    static final String HOST = "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "|[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z0-9-]*[A-Za-z0-9])";

    private SchemaText() {
    }

    /** The digits after the point a number may have: none for an integer field. */
    static String fraction(boolean decimal) {
        return decimal ? "(\\.[0-9]+)?" : "";
    }

    /** The zeros after the point a whole number may have: none for an integer field. */
    static String zeros(boolean decimal) {
        return decimal ? "(\\.0+)?" : "";
    }

    /** {@code values} and null (an absent value). */
    static List<Object> orNull(String[] values) {
        List<Object> list = new ArrayList<>(List.of(values));
        list.add(null);
        return list;
    }

    /** The alternatives of a device rule after its {@code 0:} or {@code 1:}, from {@link DeviceVocabulary}. */
    static String deviceRules() {
        String letterOrDigit = "\\p{L}\\p{Nd}";
        String symbols = DeviceVocabulary.NAME_SYMBOLS.replaceAll("[-\\\\\\[\\]^]", "\\\\$0");
        String name = "[" + letterOrDigit + "]([" + letterOrDigit + symbols + "]{0," + (DeviceVocabulary.MAX_NAME - 2)
                + "}[" + letterOrDigit + symbols.replace(" ", "") + "])?";
        List<String> names = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (String parameter : DeviceVocabulary.PARAMETERS) {
            List<String> closed = DeviceVocabulary.closedValues(parameter);
            if (closed.isEmpty()) {
                names.add(anyCase(parameter));
            } else {
                List<String> values = new ArrayList<>();
                closed.forEach(v -> values.add(anyCase(v)));
                String value = "(" + String.join("|", values) + ")";
                alternatives.add(anyCase(parameter) + ":" + value + "(;" + value + ")*");
            }
        }
        alternatives.add("(" + String.join("|", names) + "):" + name + "(;" + name + ")*");
        return String.join("|", alternatives);
    }

    /** A pattern matching what {@link ApiValue#matches} takes for {@code value}: ASCII letters in either case. */
    static String anyCase(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
            if (upper >= 'A' && upper <= 'Z') {
                out.append('[').append(upper).append((char) (upper + 32)).append(']');
            } else {
                out.append(escape(c));
            }
        }
        return out.toString();
    }

    /**
     * A regular expression matching what {@code pattern} matches, ASCII letter case aside: a literal letter as
     * {@code [Cc]}, a class's range {@code a-z} widened to {@code a-zA-Z}.
     */
    static String anyCasePattern(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            if (!inClass && c >= 'a' && c <= 'z') {
                out.append('[').append(Character.toUpperCase(c)).append(c).append(']');
            } else {
                out.append(c);
            }
        }
        return out.toString().replace("a-z", "a-zA-Z");
    }

    /** A whole-value pattern matching what {@link ApiValue#matches} takes for any of {@code values}. */
    static String anyCaseOf(String[] values) {
        List<String> alternatives = new ArrayList<>();
        for (String value : values) {
            alternatives.add(anyCase(value));
        }
        return "^(" + String.join("|", alternatives) + ")$";
    }

    /** A whole-value pattern of the ISO 3166-1 alpha-2 codes, letter case aside ({@link ApiValue#matches}). */
    static String countries() {
        List<String> codes = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (Iso3166.isCountry(code)) {
                    codes.add(code);
                }
            }
        }
        return anyCaseOf(codes.toArray(String[]::new));
    }

    /** A pattern matching {@code text} literally. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(escape(c));
        }
        return out.toString();
    }

    private static String escape(char c) {
        if (c >= 0x7f || c < 0x20) {
            return String.format("\\u%04x", (int) c);
        }
        return "\\^$.|?*+()[]{}/".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    /** A character class of the UTF-16 code units {@code in} accepts, as ranges. */
    private static String charClass(IntPredicate in) {
        StringBuilder out = new StringBuilder("[");
        int c = 0;
        while (c <= 0xFFFF) {
            if (!in.test(c)) {
                c++;
                continue;
            }
            int end = c;
            while (end + 1 <= 0xFFFF && in.test(end + 1)) {
                end++;
            }
            out.append(escape((char) c));
            if (end > c) {
                out.append('-').append(escape((char) end));
            }
            c = end + 1;
        }
        return out.append(']').toString();
    }
}

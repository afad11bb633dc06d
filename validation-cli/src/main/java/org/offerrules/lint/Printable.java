package org.offerrules.lint;

/**
 * Makes text that came from an input or a server safe for one line of a text report: a control
 * character (C0, DEL, C1), a line or paragraph separator (U+2028, U+2029), a bidirectional override
 * or isolate (U+202A–U+202E, U+2066–U+2069), an invisible direction mark (U+200E, U+200F, U+061C) and a
 * byte order mark (U+FEFF, which a parser's message may quote from a file) is written as a Java escape
 * ({@code \n}, {@code \u001b}, {@code \ufeff}).
 * Without it a key such as {@code "x\nforged.json:1:1: error 9999 ..."} would print a finding that does
 * not exist, and an ESC sequence would reach the terminal. JSON and SARIF escape by their own rules.
 */
final class Printable {

    private Printable() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text; // the usual case: nothing copied
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c' || c == '\ufeff';
    }
}

package org.offerrules.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A message with {@code {name}} placeholders, split once so that formatting is a plain append.
 * Unknown placeholders are left as they are.
 */
public final class MessageTemplate {

    private final String text;
    private final String[] literals;   // literals.length == names.length + 1
    private final String[] names;

    private MessageTemplate(String text, String[] literals, String[] names) {
        this.text = text;
        this.literals = literals;
        this.names = names;
    }

    /** Splits {@code text} at its {@code {name}} placeholders. */
    public static MessageTemplate parse(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int start = 0;
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            literals.add(text.substring(start, open));
            names.add(text.substring(open + 1, close));
            start = close + 1;
            open = text.indexOf('{', start);
        }
        literals.add(text.substring(start));
        return new MessageTemplate(text, literals.toArray(String[]::new), names.toArray(String[]::new));
    }

    public String text() {
        return text;
    }

    public List<String> parameterNames() {
        return List.of(names);
    }

    /** Fills the placeholders from {@code arguments}; a missing argument keeps its placeholder. */
    public String format(Map<String, ?> arguments) {
        if (names.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < names.length; i++) {
            out.append(literals[i]);
            Object value = arguments == null ? null : arguments.get(names[i]);
            if (value == null) {
                out.append('{').append(names[i]).append('}');
            } else {
                out.append(value);
            }
        }
        return out.append(literals[names.length]).toString();
    }
}

package org.offerrules.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.offerrules.validation.internal.MessageTemplate;

/**
 * One error code of the network API's dictionary: its number, family, the HTTP status the API
 * answers with, what a client should do, how it can be checked, and its default message.
 *
 * <p>Instances are canonical (one per number), so they may be compared with {@code ==}. The whole
 * catalog is {@link #all()}; {@link #of(int)} finds one code.
 */
public final class ErrorCode implements Comparable<ErrorCode> {

    private final int number;
    private final ErrorFamily family;
    private final int httpStatus;
    private final ClientAction action;
    private final CheckKind check;
    private final MessageTemplate template;

    /** Catalog-internal: codes are created once, by the catalog loader. */
    ErrorCode(int number, ErrorFamily family, int httpStatus, ClientAction action, CheckKind check,
              MessageTemplate template) {
        this.number = number;
        this.family = family;
        this.httpStatus = httpStatus;
        this.action = action;
        this.check = check;
        this.template = template;
    }

    /**
     * Returns the code with this number.
     *
     * @throws IllegalArgumentException if the dictionary has no such code
     */
    public static ErrorCode of(int number) {
        ErrorCode code = Catalog.get(number);
        if (code == null) {
            throw new IllegalArgumentException("no error code " + number + " in the catalog");
        }
        return code;
    }

    /** Returns the code with this number, or empty when the dictionary has none. */
    public static Optional<ErrorCode> find(int number) {
        return Optional.ofNullable(Catalog.get(number));
    }

    /** All codes of the dictionary, in ascending order of number. */
    public static Collection<ErrorCode> all() {
        return Catalog.all();
    }

    /** The API's number for this code, e.g. {@code 6399}. */
    public int number() {
        return number;
    }

    /** The part of the API the code belongs to. */
    public ErrorFamily family() {
        return family;
    }

    /** The HTTP status the network API answers with when it reports this code. */
    public int httpStatus() {
        return httpStatus;
    }

    /** What a client should do when the API answers with this code. */
    public ClientAction action() {
        return action;
    }

    /** How the code can be detected before sending: offline, by lookup, or only by the server. */
    public CheckKind check() {
        return check;
    }

    /** The English message template, with {@code {name}} placeholders as the dictionary has them. */
    public String messageTemplate() {
        return template.text();
    }

    /**
     * The message as a heading, each placeholder named in words between angle brackets: 6820 is
     * {@code Invalid <parameter> parameter.}, 6910 {@code Please enter a number between <min> and <max> for
     * <parameter>}, 6334 {@code Invalid Tier ID <tier id>}. What {@code explain} and docs/rules.md show for a
     * code, which no rule has filled yet.
     */
    public String heading() {
        Map<String, String> words = new java.util.HashMap<>();
        for (String name : parameterNames()) {
            words.put(name, "<" + (name.equals("param_name") ? "parameter"
                    : name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT)) + ">");
        }
        return template.format(words);
    }

    /** The names of the template's placeholders, e.g. {@code [state, country]} for 6359. */
    public java.util.List<String> parameterNames() {
        return template.parameterNames();
    }

    /** The English message with its placeholders filled from {@code arguments}. */
    public String message(Map<String, ?> arguments) {
        return template.format(arguments);
    }

    /**
     * The message in {@code locale} with its placeholders filled. Translations are read from the
     * resource bundle {@code org.offerrules.validation.messages}; a locale without one falls back to
     * English.
     */
    public String message(Map<String, ?> arguments, Locale locale) {
        return Catalog.template(number, locale).format(arguments);
    }

    @Override
    public int compareTo(ErrorCode other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return number + " " + template.text();
    }
}

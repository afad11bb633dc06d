package org.offerrules.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.offerrules.validation.internal.MessageTemplate;

/**
 * One error code of the network API's dictionary: its number, family, the HTTP status the API
 * answers with, what a client should do, how it can be checked, and its default message.
 *
 * <p>The API's codes are canonical (one per number), so they may be compared with {@code ==}. The whole
 * catalog is {@link #all()}; {@link #of(int)} finds one code.
 *
 * <p>A team's own codes, those of its {@linkplain HouseRule house rules}, are made with {@link #house}: their
 * {@link #id()} is {@code PREFIX-n} ({@code ACME-1}), a namespace that can never meet the API's, whose ids are
 * all digits. They are not in the catalog, and their {@link #number()} is 0.
 */
public final class ErrorCode implements Comparable<ErrorCode> {

    /**
     * The form of a house code: one to sixteen upper-case letters, digits or {@code _} starting with a
     * letter, a hyphen, and a number without leading zeros ({@code ACME-1}, {@code NET2-40}).
     */
    public static final String HOUSE_CODE_FORM = "[A-Z][A-Z0-9_]{0,15}-[1-9][0-9]{0,8}";

    private static final Pattern HOUSE_CODE = Pattern.compile(HOUSE_CODE_FORM);

    private final String id;
    private final int number;
    private final ErrorFamily family;
    private final int httpStatus;
    private final ClientAction action;
    private final CheckKind check;
    private final MessageTemplate template;

    /** Catalog-internal: codes are created once, by the catalog loader. */
    ErrorCode(int number, ErrorFamily family, int httpStatus, ClientAction action, CheckKind check,
              MessageTemplate template) {
        this(String.valueOf(number), number, family, httpStatus, action, check, template);
    }

    private ErrorCode(String id, int number, ErrorFamily family, int httpStatus, ClientAction action, CheckKind check,
                      MessageTemplate template) {
        this.id = id;
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

    /**
     * A house code: a team's own code with its message template ({@code {name}} placeholders are filled
     * from the arguments a rule reports). Its family is {@link ErrorFamily#HOUSE}, its HTTP status 400,
     * its action {@link ClientAction#FIX_REQUEST}, and it is checked {@link CheckKind#OFFLINE}. Two house
     * codes with the same id are equal.
     *
     * @param id      the code, {@code PREFIX-n} ({@link #HOUSE_CODE_FORM}), e.g. {@code ACME-1}
     * @param message the message template, e.g. {@code "payout must not exceed revenue"}
     * @throws IllegalArgumentException when {@code id} is not of that form (an API number is never one)
     */
    public static ErrorCode house(String id, String message) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
        if (!HOUSE_CODE.matcher(id).matches()) {
            throw new IllegalArgumentException("house code \"" + id + "\" is not of the form PREFIX-n (e.g. ACME-1): "
                    + "upper-case letters, digits or _ starting with a letter, a hyphen and a number, so that it "
                    + "never meets the API's numeric codes");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("house code " + id + " has an empty message");
        }
        return new ErrorCode(id, 0, ErrorFamily.HOUSE, 400, ClientAction.FIX_REQUEST, CheckKind.OFFLINE,
                MessageTemplate.parse(message));
    }

    /** All codes of the dictionary, in ascending order of number. */
    public static Collection<ErrorCode> all() {
        return Catalog.all();
    }

    /**
     * The code as reports show it: the API's number in decimal ({@code "6399"}) or a house code
     * ({@code "ACME-1"}).
     */
    public String id() {
        return id;
    }

    /** Whether this is a team's own code ({@link #house}) rather than one of the API's dictionary. */
    public boolean isHouse() {
        return number == 0;
    }

    /** The API's number for this code, e.g. {@code 6399}; 0 for a {@linkplain #house house code}. */
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
        if (isHouse()) {
            return template.format(arguments); // a team writes its messages in its own language
        }
        return Catalog.template(number, locale).format(arguments);
    }

    /** The API's codes by number, then house codes by prefix and number. */
    @Override
    public int compareTo(ErrorCode other) {
        if (isHouse() != other.isHouse()) {
            return isHouse() ? 1 : -1;
        }
        if (!isHouse()) {
            return Integer.compare(number, other.number);
        }
        int dash = id.lastIndexOf('-');
        int otherDash = other.id.lastIndexOf('-');
        int byPrefix = id.substring(0, dash).compareTo(other.id.substring(0, otherDash));
        return byPrefix != 0 ? byPrefix
                : Integer.compare(Integer.parseInt(id.substring(dash + 1)), Integer.parseInt(other.id.substring(otherDash + 1)));
    }

    /** Codes are equal when their ids are: one per number, and house codes by their id. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ErrorCode code && id.equals(code.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + " " + template.text();
    }
}

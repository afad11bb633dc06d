package org.offerrules.validation.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.spi.JsonPointers;
import org.offerrules.validation.spi.ReaderCodes;

/**
 * Binds one offer document from a {@link TokenSource} (a Jackson parser) into the model in a single streaming pass, with
 * no tree: every value of the wrong JSON type, number out of range, unknown field and duplicate key
 * becomes a coded violation at its pointer and position, and reading goes on. Malformed JSON and
 * exceeded limits end the document with 6055 at the position of the break. A number written as a JSON
 * string in plain decimal notation ({@code "12"}) is the same request on the wire, where every value is
 * text, and binds as the number unless types are strict. One instance per document; not thread-safe.
 */
public final class Binder {

    static final ErrorCode INVALID_JSON = ErrorCode.of(ReaderCodes.INVALID_JSON);
    static final ErrorCode INVALID_PARAMETER = ErrorCode.of(ReaderCodes.INVALID_PARAMETER);

    private final TokenSource p;
    private final int lineBase;
    private final long maxDocumentLength;
    private final Columns columns;
    private final boolean strictTypes;
    private final WireSchema schema;
    private long documentStart = -1;
    private final List<Violation> violations = new ArrayList<>(0);
    private final List<String> failed = new ArrayList<>(0);
    private int dropped;
    private Violation firstDropped;

    private Binder(TokenSource p, int lineBase, long maxDocumentLength, Columns columns, boolean strictTypes,
                   WireSchema schema) {
        this.schema = schema;
        this.p = p;
        this.lineBase = lineBase;
        this.maxDocumentLength = maxDocumentLength;
        this.columns = columns;
        this.strictTypes = strictTypes;
    }

    /**
     * Binds the document whose first token is {@code p}'s current token, leaving the parser on its
     * last token. Never throws for anything wrong with the document; an I/O failure of the underlying
     * input (not a JSON problem) is rethrown.
     *
     * @param lineBase    lines before the parser's first line, added to every position
     * @param columns     turns the parser's columns into UTF-16 columns
     * @param strictTypes report numbers written as JSON strings with the field's invalid code
     */
    public static Bound bind(TokenSource p, int lineBase, long maxDocumentLength, Columns columns, boolean strictTypes)
            throws IOException {
        return bind(p, lineBase, maxDocumentLength, columns, strictTypes, WireSchema.OFFER);
    }

    /** {@link #bind(JsonParser, int, long, Columns, boolean)} for a document of {@code schema}'s request type. */
    static Bound bind(TokenSource p, int lineBase, long maxDocumentLength, Columns columns, boolean strictTypes,
                      WireSchema schema) throws IOException {
        return new Binder(p, lineBase, maxDocumentLength, columns, strictTypes, schema).document();
    }

    /**
     * 6055 for an input without a JSON document (empty, or white space only), at the end of its white
     * space: a finding no level lowers ({@link ReaderCodes#noDocument}).
     */
    static Violation noDocument(int line, int column) {
        return ReaderCodes.noDocument(invalidJson(WireReader.NO_DOCUMENT, line, column));
    }

    /**
     * 6055 for an input in UTF-16 or UTF-32 ({@link org.offerrules.validation.spi.WideEncoding#of}), at its
     * start: like an input without a document, nothing in it was checked, so no level lowers it
     * ({@link ReaderCodes#noDocument}).
     */
    static Violation notUtf8(String encoding) {
        return ReaderCodes.noDocument(invalidJson(Utf8.notUtf8(encoding), 1, 1));
    }

    /** A document that is only a 6055 violation, for errors found outside any document. */
    static Violation invalidJson(String detail, int line, int column) {
        return new Violation(INVALID_JSON, "", INVALID_JSON.message(Map.of()) + ": " + detail, Severity.ERROR,
                null, Map.of(), Math.max(line, 1), Math.max(column, 1));
    }

    /**
     * A field name with a lone surrogate escape, in the product's words. Jackson 2 reading text takes
     * such a name (the binder then reports it), Jackson 2 reading bytes fails after the name as if the
     * input were not UTF-8, Jackson 3 fails after the escape, each in other words: one answer for all
     * (docs/decisions/jackson.md, Lone surrogate escapes).
     */
    static final String LONE_SURROGATE = "a field name holds a lone surrogate escape (\\uD800 to \\uDFFF not in a pair)";

    /** 6055 for a syntax exception, at its position. */
    public static Violation invalidJson(WireSyntaxException e, int lineBase, Columns columns) {
        int line = e.line() + lineBase;
        long malformed = columns.malformed();
        if (malformed != 0) {
            return invalidJson("Invalid UTF-8 in the input", Locations.line(malformed), columns.column(malformed));
        }
        String detail = columns.placed(e.getMessage(), lineBase);
        String inNumber = detail != null && detail.startsWith("Unexpected end-of-input") ? columns.endInNumber() : null;
        if (inNumber != null) { // the byte parsers name only the token before the number ("in FIELD_NAME", "in VALUE_STRING")
            detail = "Unexpected end-of-input: " + inNumber;
        }
        Object[] valueStart = detail != null && detail.startsWith("Invalid UTF-8 start byte")
                ? columns.valueStart(line, e.column()) : null;
        if (valueStart != null) { // the bytes are UTF-8 (else malformed above): the parser misread a character
            return invalidJson((String) valueStart[1], line, columns.column(line, (Integer) valueStart[0]));
        }
        int newline = detail.indexOf('\n');
        int column = columns.tokenStart(line, e.column(), WireSyntaxException.unrecognizedToken(detail));
        // the parsers place these each their own way: the binder finds the place in the input
        column = switch (e.kind()) {
            case LONE_SURROGATE -> columns.surrogateEscape(line, column, e.afterEscape()); // its backslash
            case NAME_TOO_LONG -> columns.stringStart(line, column, e.nameLength());        // its opening quote
            case NUMBER_TOO_LONG -> columns.numberStart(line, column, e.numberLength());    // its first character
            case DUPLICATE_NAME -> columns.stringStart(line, column, e.nameLength());       // its opening quote
            case AS_WORDED -> column;
        };
        if (e.duplicatePointer() != null) { // a parser that refuses duplicate names: the key's own finding
            return duplicate(e.duplicatePointer(), e.duplicateName(), line, columns.column(line, column));
        }
        return invalidJson(columns.characterNamed(newline < 0 ? detail : detail.substring(0, newline), line, column), line,
                columns.column(line, column));
    }

    private Bound document() throws IOException {
        Token t = p.current();
        try {
            if (t != Token.START_OBJECT) {
                if (t == Token.VALUE_STRING) {
                    p.text(); // a lazy parser reads a string only now: its broken escape is this document's
                }
                long at = here();
                violations.add(invalidJson("expected an offer object, found " + describe(t),
                        Locations.line(at), columns.column(at)));
                if (t != null && t.isStructStart()) {
                    p.skipChildren();
                }
                return new Bound(null, violations, failed, null, columns, false, false);
            }
            p.tokenPosition();
            long remaining = p.remaining();
            if (remaining < 0 || remaining > maxDocumentLength) {
                documentStart = p.tokenOffset(); // else the input ends before the limit: no check per token
            }
            Locations locations = new Locations(schema);
            Object offer = object(schema, "", -1, locations);
            if (dropped > 0) {
                violations.add(invalidJson(dropped + " more problems were found from here on and not reported",
                        firstDropped.line(), firstDropped.column()));
            }
            return new Bound(offer, violations, failed, locations, columns, false, false);
        } catch (IOException | RuntimeException e) {
            WireSyntaxException syntax = WireSyntaxException.of(p, e);
            dropBrokenNumber(syntax);
            violations.add(invalidJson(syntax, lineBase, columns));
            return new Bound(null, violations, failed, null, columns, true, syntax.endedEarly());
        }
    }

    /**
     * A number immediately followed by an ASCII letter ({@code 0x1F}, {@code 12abc}, {@code 1.5e3x}) is no
     * number but a broken token: a parser hands out its digits and fails at the letter (Jackson 3 refuses
     * {@code 0x} before it is a value). What was said of the digits is dropped, so that the one finding is
     * the 6055 at the letter on every parser (docs/decisions/jackson.md, "Same answers where the two
     * Jacksons differ"). Judged here, where the parser failed right after the number, not by reading ahead
     * of every number: that cost the text path 12-20 % (docs/benchmarks.md).
     */
    private void dropBrokenNumber(WireSyntaxException syntax) throws IOException {
        Token t = p.current();
        if (t != Token.VALUE_NUMBER_INT && t != Token.VALUE_NUMBER_FLOAT) {
            return;
        }
        long number = p.tokenPosition();
        if (number == 0 || !syntax.namesLetterAt(Locations.line(number), Locations.column(number) + p.textLength())) {
            return;
        }
        long at = number + ((long) lineBase << 32);
        int line = Locations.line(at);
        int column = columns.column(at);
        violations.removeIf(v -> v.line() == line && v.column() == column);
    }

    /**
     * Binds the object at the current START_OBJECT of {@code schema}'s type. Its JSON pointer is
     * {@code base}, followed by {@code element} when that is not negative (an array element): made by
     * {@link #pointer} only when a violation needs it, not once per event of every document.
     */
    private Object object(WireSchema schema, String base, int element, Locations locations) throws IOException {
        try {
            return members(schema, base, element, locations);
        } catch (IOException | RuntimeException e) {
            // a mapper's parser that refuses duplicate names throws at the second one: its finding is the
            // key's, which needs this object's pointer (any other failure passes through as it is)
            throw WireSyntaxException.of(p, e).inObject(pointer(base, element));
        }
    }

    private Object members(WireSchema schema, String base, int element, Locations locations) throws IOException {
        locations.start = here();
        Object[] root = new Object[schema.groups[0].size];
        Object[][] slots = schema.groupSlots();
        long[] seen = locations.fields;
        Set<String> unknown = null;
        WireSchema.WireField[] fields = schema.fields;
        // Documents written from the model (OfferWriter, the API) list their fields in schema order,
        // absent ones left out. Matching the raw bytes of the expected next name skips Jackson's
        // name decoding and symbol table and our own map look-up; any other name falls back to both.
        int expected = 0;
        while (true) {
            WireSchema.WireField field;
            String name;
            if (expected < fields.length && p.nextNameIs(fields[expected])) {
                field = fields[expected];
                name = field.wireName;
            } else {
                if (expected < fields.length) {
                    if (p.current() != Token.FIELD_NAME) {
                        break; // END_OBJECT
                    }
                    name = p.currentName();
                } else if ((name = p.nextName()) == null) {
                    break;
                }
                field = skippedTo(fields, expected, name);
                if (field == null) {
                    field = schema.field(name);
                }
            }
            if (field == null && (unknown == null || !unknown.contains(name))) {
                WireSchema.WireField open = schema.open(name);
                if (open != null) { // a name of the schema's open family (a column switch past the cut)
                    if (unknown == null) {
                        unknown = new HashSet<>();
                    }
                    unknown.add(name); // a second one is a duplicate key, as for any field
                    openValue(schema, open, base, element, locations);
                    continue;
                }
            }
            if (field == null || seen[field.index] != 0) {
                long keyAt = here();
                if (field == null) {
                    int lone = loneSurrogate(name);
                    if (lone >= 0) { // a parser that takes it: broken JSON all the same (LONE_SURROGATE)
                        throw new WireSyntaxException(LONE_SURROGATE, Locations.line(keyAt) - lineBase,
                                Locations.column(keyAt) + 1 + lone, false);
                    }
                    if (unknown == null) {
                        unknown = new HashSet<>();
                    }
                    if (unknown.size() < ReadLimits.MAX_VIOLATIONS && !unknown.add(name)) {
                        duplicate(pointer(base, element), name, keyAt);
                    } else {
                        unknownField(schema, pointer(base, element), name, keyAt);
                    }
                } else {
                    duplicate(pointer(base, element), name, keyAt);
                }
                p.next();
                p.skipChildren();
                continue;
            }
            expected = field.index + 1;
            Token t = p.next();
            long at = here();
            seen[field.index] = at;
            if (t == Token.VALUE_NULL) {
                continue; // null is absent: the presence rules decide
            }
            Object value = value(field, t, base, element, at, locations);
            if (value != null) {
                if (field.group == 0) {
                    root[field.slot] = value; // most fields: no call (C1, the launcher's compiler, would make one)
                } else {
                    schema.put(root, slots, field, value);
                }
            }
        }
        return schema.build(root, slots);
    }

    /**
     * The field among the few after {@code expected} whose (interned) wire name is {@code name}: after
     * absent fields, the name that did not match is usually one of the next ones. Identity only,
     * since Jackson interns the names it reads; null sends the caller to the map.
     */
    private static WireSchema.WireField skippedTo(WireSchema.WireField[] fields, int expected, String name) {
        for (int k = expected + 1, end = Math.min(fields.length, expected + 9); k < end; k++) {
            if (fields[k].wireName == name) {
                return fields[k];
            }
        }
        return null;
    }

    private Object value(WireSchema.WireField field, Token t, String base, int element, long at,
                         Locations locations)
            throws IOException {
        switch (field.kind) {
            case INT:
                if (t == Token.VALUE_NUMBER_INT) {
                    if (p.integerSize() == 0) {
                        return p.intValue();
                    }
                    return typeError(field.invalid, field, base, element, -1, at, t, "out of the range of a 32-bit integer");
                }
                if (t == Token.VALUE_STRING && !strictTypes) {
                    return integerText(field, base, element, at, false);
                }
                return typeError(field.invalid, field, base, element, -1, at, t, "expected an integer");
            case LONG:
                if (t == Token.VALUE_NUMBER_INT) {
                    if (p.integerSize() <= 1) {
                        return p.longValue();
                    }
                    return typeError(field.invalid, field, base, element, -1, at, t, "out of the range of a 64-bit integer");
                }
                if (t == Token.VALUE_STRING && !strictTypes) {
                    return integerText(field, base, element, at, true);
                }
                return typeError(field.invalid, field, base, element, -1, at, t, "expected an integer");
            case DOUBLE:
                if (t == Token.VALUE_NUMBER_INT || t == Token.VALUE_NUMBER_FLOAT) {
                    double d = p.doubleValue();
                    if (Double.isFinite(d)) {
                        return d;
                    }
                    return typeError(field.invalid, field, base, element, -1, at, t, "out of the range of a finite number");
                }
                if (t == Token.VALUE_STRING && !strictTypes) {
                    String text = p.text();
                    if (!WireNumbers.isDecimal(text)) {
                        return typeError(field.invalid, field, base, element, -1, at, t, "expected a number");
                    }
                    double d = Double.parseDouble(text);
                    if (Double.isFinite(d)) {
                        return d;
                    }
                    return typeError(field.invalid, field, base, element, -1, at, t, "out of the range of a finite number");
                }
                return typeError(field.invalid, field, base, element, -1, at, t, "expected a number");
            case STRING:
                if (t == Token.VALUE_STRING) {
                    return field.spellings == null ? p.text() : p.text(field.spellings);
                }
                if (t == Token.VALUE_NUMBER_INT && field.numberText && !strictTypes) {
                    return p.text(); // a list of one (`"currency": 3`, `"id": 11`): the same request on the wire
                }
                return typeError(field.invalid, field, base, element, -1, at, t,
                        field.numberText && !strictTypes ? "expected a string or an integer" : "expected a string");
            case TIER_STRING:
                if (t == Token.VALUE_STRING) {
                    return PayoutTier.parseList(p.text());
                }
                return typeError(field.invalid, field, base, element, -1, at, t, "expected a string such as \"1:2.5,2:3\"");
            case COMPACT_ARRAY:
                if (t != Token.START_ARRAY) {
                    return typeError(field.invalid, field, base, element, -1, at, t, "expected an array of strings");
                }
                return compactArray(field, base, element, locations);
            case OBJECT_ARRAY:
                if (t != Token.START_ARRAY) {
                    return typeError(field.invalid, field, base, element, -1, at, t, "expected an array of objects");
                }
                return objectArray(field, base, element, locations);
            default:
                throw new IllegalStateException(field.kind.name());
        }
    }

    /** An integer written as a JSON string: an {@code Integer}, or a {@code Long} when {@code wide}. */
    private Object integerText(WireSchema.WireField field, String base, int element, long at, boolean wide)
            throws IOException {
        String text = p.text();
        if (!WireNumbers.isInteger(text)) {
            return typeError(field.invalid, field, base, element, -1, at, Token.VALUE_STRING, "expected an integer");
        }
        try {
            return wide ? (Object) Long.valueOf(text) : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return typeError(field.invalid, field, base, element, -1, at, Token.VALUE_STRING,
                    wide ? "out of the range of a 64-bit integer" : "out of the range of a 32-bit integer");
        }
    }

    private List<Object> compactArray(WireSchema.WireField field, String base, int element, Locations locations)
            throws IOException {
        List<Object> list = new ArrayList<>(field.sizeHint);
        Token t;
        while ((t = p.next()) != Token.END_ARRAY) {
            int index = list.size();
            long at = here();
            locations.element(field, index, at, null);
            if (t == Token.VALUE_STRING) {
                list.add(field.geo ? SharedValues.geoEntry(p) : field.elementParser.apply(p.text()));
            } else {
                if (t != Token.VALUE_NULL) {
                    typeError(field.elementInvalid, field, base, element, index, at, t, "expected a string");
                }
                list.add(null); // kept so that later elements keep their index
            }
        }
        field.seen(list.size());
        return list;
    }

    private List<Object> objectArray(WireSchema.WireField field, String base, int element, Locations locations)
            throws IOException {
        List<Object> list = new ArrayList<>(field.sizeHint);
        Token t;
        String elementBase = pointer(base, element) + '/' + JsonPointers.escape(field.wireName) + '/';
        while ((t = p.next()) != Token.END_ARRAY) {
            int index = list.size();
            long at = here();
            if (t == Token.START_OBJECT) {
                Locations nested = new Locations(field.nested);
                locations.element(field, index, at, nested);
                list.add(object(field.nested, elementBase, index, nested));
            } else {
                locations.element(field, index, at, null);
                if (t != Token.VALUE_NULL) {
                    typeError(field.elementInvalid, field, base, element, index, at, t, "expected an object");
                }
                list.add(null);
            }
        }
        field.seen(list.size());
        return list;
    }

    private Object typeError(ErrorCode code, WireSchema.WireField field, String base, int element, int index,
                             long at, Token t, String expected) throws IOException {
        String prefix = pointer(base, element);
        String pointer = prefix + '/' + JsonPointers.escape(field.wireName) + (index >= 0 ? "/" + index : "");
        Object rejected = t.isScalarValue() ? p.text() : null;
        if (t.isStructStart()) {
            p.skipChildren();
        }
        failed.add(pointer);
        // a string is shown when strings are read for their text (lenient numbers, compact strings)
        String shown = t == Token.VALUE_STRING && !strictTypes ? quoted((String) rejected) : null;
        String detail = expected.startsWith("out of") ? (shown != null ? shown : rejected) + " is " + expected
                : expected + ", found " + (shown != null ? shown : describe(t));
        add(invalidValue(code, field, pointer, rejected, detail, columns.place(at)));
        return null;
    }

    /**
     * A value that could not be bound: the field's code, its message and {@code detail} in parentheses.
     * Shared with the form binder, so that both wire formats word the same problem the same way.
     */
    static Violation invalidValue(ErrorCode code, WireSchema.WireField field, String pointer, Object rejected,
                                  String detail, long at) {
        Map<String, Object> arguments = new HashMap<>();
        for (String parameter : code.parameterNames()) {
            // the rule's own arguments first (6910's range): a placeholder is the value only when it is about it
            Object fromRule = field.ruleArgument(parameter);
            arguments.put(parameter, parameter.equals("param_name") ? field.wireName
                    : fromRule != null ? fromRule : String.valueOf(rejected));
        }
        return new Violation(code, pointer, code.message(arguments) + " (" + detail + ")", Severity.ERROR, rejected,
                arguments, Locations.line(at), Locations.column(at));
    }

    /** Binds the value of {@code open}, a name of the schema's open family, and checks it by its rules. */
    private void openValue(WireSchema schema, WireSchema.WireField open, String base, int element, Locations locations)
            throws IOException {
        Token t = p.next();
        long at = here();
        if (t == Token.VALUE_NULL) {
            return;
        }
        Object value = value(open, t, base, element, at, locations);
        if (value != null) {
            String pointer = pointer(base, element) + '/' + JsonPointers.escape(open.wireName);
            for (WireSchema.Finding finding : schema.checkOpen(value)) {
                add(openFinding(open, pointer, finding, columns.place(at)));
            }
        }
    }

    /**
     * A finding of an open name's rule as the engines word it: the code's message, its arguments from the
     * rule and {@code param_name} the name. Shared with the form binder.
     */
    static Violation openFinding(WireSchema.WireField open, String pointer, WireSchema.Finding finding, long at) {
        ErrorCode code = ErrorCode.of(finding.code());
        Map<String, Object> arguments = new HashMap<>(finding.arguments());
        if (code.parameterNames().contains("param_name")) {
            arguments.put("param_name", open.wireName);
        }
        return new Violation(code, pointer, code.message(arguments), Severity.ERROR, finding.rejected(), arguments,
                Locations.line(at), Locations.column(at));
    }

    /** The index of the first surrogate of {@code name} that is not half of a pair; -1 when there is none. */
    static int loneSurrogate(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private void unknownField(WireSchema schema, String prefix, String name, long at) {
        add(unknownField(schema, prefix, name, "field", columns.place(at)));
    }

    /** 6820, a warning: the API ignores a name it does not know, but it is usually a typo. */
    static Violation unknownField(WireSchema schema, String prefix, String name, String what, long at) {
        String pointer = prefix + '/' + JsonPointers.escape(name);
        Map<String, Object> arguments = Map.of("param_name", name);
        String message = INVALID_PARAMETER.message(arguments) + " Unknown " + what;
        String suggestion = Suggestions.nearest(name, schema.names);
        if (suggestion != null) {
            message += "; did you mean `" + suggestion + "`?";
        }
        return new Violation(INVALID_PARAMETER, pointer, message, Severity.WARNING, name, arguments,
                Locations.line(at), Locations.column(at));
    }

    private void duplicate(String prefix, String name, long at) {
        add(duplicate(prefix + '/' + JsonPointers.escape(name), name, Locations.line(at), columns.column(at)));
    }

    /** What is said of a duplicate key {@code name}: the binder's finding, and a strict parser's refusal. */
    static String duplicateKey(String name) {
        return "duplicate key `" + name + "`; the first value is used";
    }

    /** 6055 for the duplicate key {@code name} at {@code pointer}. */
    private static Violation duplicate(String pointer, String name, int line, int column) {
        return new Violation(INVALID_JSON, pointer, INVALID_JSON.message(Map.of()) + ": " + duplicateKey(name),
                Severity.ERROR, name, Map.of(), line, column);
    }

    /** A text value for a message: quoted, and cut after 40 characters; shared with the form binder. */
    static String quoted(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }

    /** The pointer of an object: {@code base}, and the array index {@code element} when not negative. */
    private static String pointer(String base, int element) {
        return element < 0 ? base : base + element;
    }

    private void add(Violation v) {
        if (violations.size() < ReadLimits.MAX_VIOLATIONS) {
            violations.add(v);
        } else {
            if (dropped++ == 0) {
                firstDropped = v;
            }
        }
    }

    /** The current token's position; checks the document length on the way. */
    private long here() throws WireSyntaxException {
        long at = p.tokenPosition();
        if (documentStart >= 0 && p.tokenOffset() - documentStart > maxDocumentLength) {
            throw p.error("Document length exceeds the maximum allowed (" + maxDocumentLength
                    + ", from the offer reader's limits)");
        }
        return at + ((long) lineBase << 32); // the line is the high half
    }

    static String describe(Token t) {
        if (t == null) {
            return "the end of the input";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
                return "an integer";
            case VALUE_NUMBER_FLOAT:
                return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            case VALUE_EMBEDDED_OBJECT: // binary data or a Java object in a tree or a buffer (convertValue)
                return "an embedded object";
            default:
                return t.name();
        }
    }
}

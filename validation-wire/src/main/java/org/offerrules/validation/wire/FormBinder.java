package org.offerrules.validation.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.spi.JsonPointers;
import org.offerrules.validation.spi.ReaderCodes;

/**
 * Binds one {@code application/x-www-form-urlencoded} body into the model through the same
 * {@link WireSchema} as JSON, with the same codes: every value is text, so a number is read from
 * its text (plain decimal only), and what cannot be read is the field's invalid code at its pointer
 * and the column of its value in the raw body. List parameters are indexed ({@code geo_countries[0]},
 * events {@code events[0][e_tkn]}); a gap or a repeated index, a repeated plain parameter and a
 * broken percent-encoding are reported, an unknown name is a 6820 warning. Decisions:
 * docs/decisions/form.md. One instance per body; not thread-safe.
 */
final class FormBinder {

    /** The highest list index read; lists hold at most a few hundred entries (countries), events ten. */
    static final int MAX_INDEX = 9_999;
    /** Longer than any int or long in digits, and than any finite double written in plain notation. */

    private final String body;
    private final int line;
    private final List<Violation> violations = new ArrayList<>(0);
    private final List<String> failed = new ArrayList<>(0);
    private int dropped;
    private Violation firstDropped;

    /** One {@code name=value} of the body: the decoded name split at its brackets, offsets in the raw body. */
    private record Param(String name, String[] keys, boolean malformedName, int nameAt, int valueFrom, int valueTo) {
    }

    private final WireSchema schema;
    // the characters of the body that stand for raw bytes that are not in the charset (a U+FFFD each), or null
    private final java.util.BitSet notUtf8;
    // the charset of the body's bytes, raw and percent-encoded alike: UTF-8 unless a request declared another
    private final Charset charset;

    private FormBinder(String body, int line, WireSchema schema, java.util.BitSet notUtf8, Charset charset) {
        this.schema = schema;
        this.body = body;
        this.line = line;
        this.notUtf8 = notUtf8;
        this.charset = charset;
    }

    /**
     * Binds {@code body} (one body, without its line end); positions are on line {@code line}, columns
     * 1-based in UTF-16 code units of the raw body. Never throws for anything wrong with the body.
     */
    static Bound bind(String body, int line) {
        return bind(body, line, WireSchema.OFFER);
    }

    /** {@link #bind(String, int)} for a body of {@code schema}'s request type. */
    static Bound bind(String body, int line, WireSchema schema) {
        return bind(body, line, schema, null);
    }

    /**
     * {@link #bind(String, int, WireSchema)} for a body decoded from bytes, of which the characters in
     * {@code notUtf8} (null: none) replace raw bytes that are not UTF-8: a name or value holding one is
     * reported as one with percent-encoded bytes that are not UTF-8 is.
     */
    static Bound bind(String body, int line, WireSchema schema, java.util.BitSet notUtf8) {
        return new FormBinder(body, line, schema, notUtf8, StandardCharsets.UTF_8).document();
    }

    /**
     * {@link #bind(String, int, WireSchema, java.util.BitSet)} for a body whose bytes are in {@code charset}
     * (a request's declared charset), percent-encoded bytes included: {@code caf%E9} is {@code café} in
     * ISO-8859-1, and bytes that are not {@code charset} are reported as those not UTF-8 are.
     */
    static Bound bind(Decoded decoded, int line, WireSchema schema, Charset charset) {
        return new FormBinder(decoded.text(), line, schema, decoded.notDecoded(), charset).document();
    }

    /** A body's text, and the characters of it (a U+FFFD each) that stand for bytes its charset does not decode. */
    record Decoded(String text, java.util.BitSet notDecoded) {
        /** The text from {@code from} on, the marks moved with it: after a byte order mark. */
        Decoded from(int from) {
            return new Decoded(text.substring(from), notDecoded.get(from, Math.max(from, notDecoded.length())));
        }
    }

    /**
     * {@code bytes} decoded in {@code charset}, each run of bytes it cannot decode one marked U+FFFD, so that
     * the binder reports it on the name or value it is in. Never throws for the bytes.
     */
    static Decoded decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // each error takes at least one byte and gives one character
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * Math.max(1.0, decoder.maxCharsPerByte())) + 16);
        java.util.BitSet marks = new java.util.BitSet();
        for (CoderResult result = decoder.decode(in, out, true); !result.isUnderflow();
             result = decoder.decode(in, out, true)) {
            if (result.isError()) {
                marks.set(out.position());
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                out = larger(out); // a decoder that writes more than it says it may
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = larger(out);
        }
        out.flip();
        return new Decoded(out.toString(), marks);
    }

    private static CharBuffer larger(CharBuffer out) {
        return CharBuffer.allocate(out.capacity() * 2).put(out.flip());
    }

    /**
     * {@link #bind(String, int, WireSchema)} for the UTF-8 body {@code bytes[from, to)}: a raw byte that
     * is not UTF-8 (a body should have percent-encoded it) is reported on the name or value it is in,
     * instead of being read as a replacement character. The one decoding of a form body's bytes: a file's
     * lines ({@link FormDocuments}) and {@link WireReader#readForm(byte[])}.
     */
    static Bound bind(byte[] bytes, int from, int to, int line, WireSchema schema) {
        int bad = Utf8.firstMalformed(bytes, from, to - from);
        if (bad < 0) {
            return bind(new String(bytes, from, to - from, StandardCharsets.UTF_8), line, schema);
        }
        // each byte that is not UTF-8 one U+FFFD, its index in the text set in notUtf8
        java.util.BitSet notUtf8 = new java.util.BitSet();
        StringBuilder text = new StringBuilder(to - from);
        int i = from;
        while (bad >= 0) {
            text.append(new String(bytes, i, bad - i, StandardCharsets.UTF_8));
            notUtf8.set(text.length());
            text.append('\uFFFD');
            i = bad + 1;
            bad = Utf8.firstMalformed(bytes, i, to - i);
        }
        text.append(new String(bytes, i, to - i, StandardCharsets.UTF_8));
        return bind(text.toString(), line, schema, notUtf8);
    }

    /** 6820 for a body that is not read at all: longer than the limit of a document. */
    static Violation tooLong(int line) {
        return formBody("the body is longer than the " + ReadLimits.MAX_DOCUMENT_LENGTH
                + " bytes an offer document may have; skipped", line, 1);
    }

    /**
     * 6820 for a file or stream of bodies without one (empty, or blank lines only), at the end of its
     * white space: nothing was checked, which must not pass as a clean file (JSON's empty file is 6055).
     */
    static Violation noBody(int line, int column) {
        return ReaderCodes.noDocument(formBody(NO_BODY, line, column));
    }

    static final String NO_BODY = "no form body in the input";

    /**
     * 6820 for a file or stream of bodies in UTF-16 or UTF-32
     * ({@link org.offerrules.validation.spi.WideEncoding#of}), at its start: nothing in it was checked, so
     * no level lowers it ({@link ReaderCodes#noDocument}).
     */
    static Violation notUtf8(String encoding) {
        return ReaderCodes.noDocument(formBody(Utf8.notUtf8(encoding), 1, 1));
    }

    private static Violation formBody(String why, int line, int column) {
        Map<String, Object> arguments = Map.of("param_name", "form body");
        return new Violation(Binder.INVALID_PARAMETER, "", Binder.INVALID_PARAMETER.message(arguments) + " (" + why + ")",
                Severity.ERROR, null, arguments, line, column);
    }

    private Bound document() {
        List<Param> params = parse();
        Locations locations = new Locations(schema);
        Object offer = object(schema, params, 0, "", locations, position(0));
        // fields are bound field by field, gaps found after a list is complete: report in body order
        violations.sort(Comparator.comparingInt(Violation::column));
        if (dropped > 0) {
            violations.add(firstDropped.withMessage(firstDropped.message() + "; " + dropped
                    + " more problems were found from here on and not reported"));
        }
        return new Bound(offer, violations, failed, locations, Columns.CHARS, false, false);
    }

    private List<Param> parse() {
        List<Param> params = new ArrayList<>();
        int length = body.length();
        int i = 0;
        while (i <= length) {
            int end = body.indexOf('&', i);
            if (end < 0) {
                end = length;
            }
            if (end > i) { // `a=1&&b=2` and a trailing `&` carry nothing
                int eq = body.indexOf('=', i);
                int nameEnd = eq < 0 || eq > end ? end : eq;
                int valueFrom = nameEnd == end ? end : nameEnd + 1;
                String name = decode(i, nameEnd);
                if (name == null) {
                    String raw = body.substring(i, nameEnd);
                    Map<String, Object> arguments = Map.of("param_name", raw);
                    add(new Violation(Binder.INVALID_PARAMETER, JsonPointers.append("", raw),
                            Binder.INVALID_PARAMETER.message(arguments) + " (" + decodeError + " in the name)",
                            Severity.ERROR, raw, arguments, line, i + 1));
                } else {
                    params.add(param(name, i, valueFrom, end));
                }
            }
            i = end + 1;
        }
        return params;
    }

    /** Splits {@code name[a][b]} into {@code name, a, b}; anything else after the name is malformed. */
    private static Param param(String name, int nameAt, int valueFrom, int valueTo) {
        int open = name.indexOf('[');
        if (open < 0) {
            return new Param(name, new String[] {name}, false, nameAt, valueFrom, valueTo);
        }
        List<String> keys = new ArrayList<>(3);
        keys.add(name.substring(0, open));
        int i = open;
        while (i < name.length()) {
            int close = name.indexOf(']', i);
            if (name.charAt(i) != '[' || close < 0 || name.indexOf('[', i + 1) >= 0 && name.indexOf('[', i + 1) < close) {
                return new Param(name, new String[] {keys.get(0)}, true, nameAt, valueFrom, valueTo);
            }
            keys.add(name.substring(i + 1, close));
            i = close + 1;
        }
        return new Param(name, keys.toArray(String[]::new), false, nameAt, valueFrom, valueTo);
    }

    /**
     * Binds the parameters of one object of {@code schema}; {@code depth} is the key of their names
     * that names the field ({@code events[0][e_tkn]}: 2). {@code pointer} is the object's pointer.
     */
    private Object object(WireSchema schema, List<Param> params, int depth, String pointer, Locations locations,
                          long start) {
        locations.start = start;
        @SuppressWarnings("unchecked")
        List<Param>[] byField = new List[schema.fields.length];
        Set<String> unknown = null;
        for (Param p : params) {
            String key = p.keys()[depth];
            WireSchema.WireField field = schema.field(key);
            if (field == null) {
                if (unknown == null) {
                    unknown = new HashSet<>();
                }
                WireSchema.WireField open = schema.open(key);
                if (open != null) { // a name of the schema's open family (a column switch past the cut)
                    openValue(schema, open, p, depth, pointer, unknown.add(key));
                } else if (unknown.add(key)) { // the API ignores it however often it is given: said once
                    add(Binder.unknownField(schema, pointer, key, "parameter", position(p.nameAt())));
                }
                continue;
            }
            if (byField[field.index] == null) {
                byField[field.index] = new ArrayList<>(1);
            }
            byField[field.index].add(p);
        }
        Object[] root = new Object[schema.groups[0].size];
        Object[][] slots = schema.groupSlots();
        for (WireSchema.WireField field : schema.fields) {
            List<Param> given = byField[field.index];
            if (given == null) {
                continue;
            }
            Object value = switch (field.kind) {
                case COMPACT_ARRAY -> compactList(field, given, depth, pointer, locations);
                case OBJECT_ARRAY -> objectList(field, given, depth, pointer, locations);
                default -> single(field, given, depth, pointer, locations);
            };
            if (value != null) {
                schema.put(root, slots, field, value);
            }
        }
        return schema.build(root, slots);
    }

    /**
     * The value of {@code open}, a name of the schema's open family, checked by its rules as {@link #single}
     * binds a field: the {@code first} parameter of the name binds, a repeated one is reported.
     */
    private void openValue(WireSchema schema, WireSchema.WireField open, Param p, int depth, String base,
                           boolean first) {
        String pointer = JsonPointers.append(base, open.wireName);
        long at = position(p.nameAt());
        if (p.malformedName() || p.keys().length != depth + 1) {
            invalid(open.invalid, open, pointer, p.name(), "expected one value, found the parameter `" + p.name() + "`",
                    at, false);
            return;
        }
        if (!first) {
            invalid(open.invalid, open, pointer, text(p), "`" + p.name()
                    + "` is given more than once; the first value is used", at, false);
            return;
        }
        String text = decode(p.valueFrom(), p.valueTo());
        Object value = text == null ? invalid(open.invalid, open, pointer, raw(p), decodeError, at, true)
                : scalar(open, text, pointer, at);
        if (value != null) {
            for (WireSchema.Finding finding : schema.checkOpen(value)) {
                add(Binder.openFinding(open, pointer, finding, at));
            }
        }
    }

    /** A field of one value: the first well-formed parameter binds, a repeated one is reported. */
    private Object single(WireSchema.WireField field, List<Param> given, int depth, String base, Locations locations) {
        String pointer = JsonPointers.append(base, field.wireName);
        Object value = null;
        boolean bound = false;
        for (Param p : given) {
            long at = position(p.nameAt());
            if (locations.fields[field.index] == 0) {
                locations.fields[field.index] = at;
            }
            if (p.malformedName() || p.keys().length != depth + 1) {
                invalid(field.invalid, field, pointer, p.name(), "expected one value, found the parameter `"
                        + p.name() + "`", at, false);
                continue;
            }
            if (bound) {
                invalid(field.invalid, field, pointer, text(p), "`" + p.name()
                        + "` is given more than once; the first value is used", at, false);
                continue;
            }
            bound = true;
            locations.fields[field.index] = at;
            String text = decode(p.valueFrom(), p.valueTo());
            value = text == null ? invalid(field.invalid, field, pointer, raw(p), decodeError, at, true)
                    : scalar(field, text, pointer, at);
        }
        if (!bound) {
            failed.add(pointer); // only malformed names, each reported: no "missing" as well
        }
        return value;
    }

    /** {@code geo_countries[0]=US:1:TX&geo_countries[1]=CA}: each index once, from 0, without gaps. */
    private List<Object> compactList(WireSchema.WireField field, List<Param> given, int depth, String base,
                                     Locations locations) {
        String pointer = JsonPointers.append(base, field.wireName);
        List<Param> indexed = new ArrayList<>(given.size());
        boolean empty = emptyList(field, given, depth, locations, indexed);
        TreeMap<Integer, Param> entries = entries(field, indexed, depth, depth + 2, pointer, locations);
        if (entries.isEmpty()) {
            if (empty) {
                return new ArrayList<>(0);
            }
            failed.add(pointer); // every parameter was malformed and reported: no "missing" as well
            return null;
        }
        List<Object> list = new ArrayList<>(entries.lastKey() + 1);
        for (int i = 0, last = entries.lastKey(); i <= last; i++) {
            Param p = entries.get(i);
            if (p == null) {
                i = gap(field, entries, i, pointer, list);
                continue;
            }
            long at = position(p.nameAt());
            locations.element(field, i, at, null);
            String text = decode(p.valueFrom(), p.valueTo());
            if (text == null) {
                invalid(field.elementInvalid, field, JsonPointers.append(pointer, i), raw(p), decodeError, at, true);
                list.add(null);
            } else {
                // an empty element is JSON's null element: kept, for the rules to report as they do for JSON
                list.add(text.isEmpty() ? null : field.elementParser.apply(text));
            }
        }
        return list;
    }

    /** {@code events[0][e_tkn]=x&events[0][event_name]=y}: each element is an object of its own parameters. */
    private List<Object> objectList(WireSchema.WireField field, List<Param> given, int depth, String base,
                                    Locations locations) {
        String pointer = JsonPointers.append(base, field.wireName);
        List<Param> indexed = new ArrayList<>(given.size());
        boolean empty = emptyList(field, given, depth, locations, indexed);
        List<Param> members = new ArrayList<>(given.size());
        int singles = 0;
        for (Param p : indexed) {
            if (!p.malformedName() && p.keys().length == depth + 2 && p.valueFrom() == p.valueTo()) {
                members.add(p); // `events[1]=`: JSON's null element
            } else if (!p.malformedName() && p.keys().length == depth + 2) {
                singles++;
                // `events[0]=x`: an element given as one value has nothing to bind
                long at = position(p.nameAt());
                invalid(field.elementInvalid, field, JsonPointers.append(pointer, p.keys()[depth + 1]), text(p),
                        "expected the element's fields as parameters such as `" + field.wireName + "[0]["
                                + field.nested.names[0] + "]`", at, true);
                if (locations.fields[field.index] == 0) {
                    locations.fields[field.index] = position(p.nameAt());
                }
            } else {
                members.add(p);
            }
        }
        TreeMap<Integer, List<Param>> elements = new TreeMap<>();
        TreeMap<Integer, Param> firsts = new TreeMap<>();
        for (Param p : members) {
            boolean nullElement = p.keys().length == depth + 2;
            int index = index(field, p, depth, nullElement ? depth + 2 : depth + 3, pointer, locations, !nullElement);
            if (index >= 0) {
                elements.computeIfAbsent(index, k -> new ArrayList<>()).add(p);
                firsts.putIfAbsent(index, p);
            }
        }
        if (elements.isEmpty()) {
            if (empty && singles == 0) {
                return new ArrayList<>(0);
            }
            failed.add(pointer);
            return null;
        }
        List<Object> list = new ArrayList<>(elements.lastKey() + 1);
        for (int i = 0, last = elements.lastKey(); i <= last; i++) {
            List<Param> own = elements.get(i);
            if (own == null) {
                i = gap(field, firsts, i, pointer, list);
                continue;
            }
            long at = position(own.get(0).nameAt());
            if (own.size() == 1 && own.get(0).keys().length == depth + 2) {
                locations.element(field, i, at, null);
                list.add(null);
                continue;
            }
            own.removeIf(p -> p.keys().length == depth + 2); // `events[0]=` beside the element's fields adds nothing
            Locations nested = new Locations(field.nested);
            locations.element(field, i, at, nested);
            list.add(object(field.nested, own, depth + 2, JsonPointers.append(pointer, i), nested, at));
        }
        return list;
    }

    /**
     * Whether {@code given} holds the list's name with an empty value ({@code events=}), the empty
     * list; the other parameters go to {@code indexed}. Beside indexed ones it adds nothing.
     */
    private boolean emptyList(WireSchema.WireField field, List<Param> given, int depth, Locations locations,
                              List<Param> indexed) {
        boolean empty = false;
        for (Param p : given) {
            if (!p.malformedName() && p.keys().length == depth + 1 && p.valueFrom() == p.valueTo()) {
                empty = true;
                if (locations.fields[field.index] == 0) {
                    locations.fields[field.index] = position(p.nameAt());
                }
            } else {
                indexed.add(p);
            }
        }
        return empty;
    }

    /**
     * The well-formed entries of a compact list by index, the first of each index; a malformed name,
     * an index that is no number and a repeated index are reported.
     */
    private TreeMap<Integer, Param> entries(WireSchema.WireField field, List<Param> given, int depth, int keys,
                                            String pointer, Locations locations) {
        TreeMap<Integer, Param> entries = new TreeMap<>();
        for (Param p : given) {
            int index = index(field, p, depth, keys, pointer, locations, false);
            if (index < 0) {
                continue;
            }
            if (entries.putIfAbsent(index, p) != null) {
                invalid(field.elementInvalid, field, JsonPointers.append(pointer, index), text(p), "`"
                        + field.wireName + "[" + index + "]` is given more than once; the first value is used",
                        position(p.nameAt()), false);
            }
        }
        return entries;
    }

    /**
     * The index of a list parameter ({@code depth + 1}-th key), or -1 after reporting a name of the
     * wrong shape (fewer keys, or other than {@code keys} keys when {@code atLeast} is false) or an index
     * that is not a number from 0 to {@link #MAX_INDEX}. Records the list's position on the way.
     */
    private int index(WireSchema.WireField field, Param p, int depth, int keys, String pointer, Locations locations,
                      boolean atLeast) {
        if (locations.fields[field.index] == 0) {
            locations.fields[field.index] = position(p.nameAt());
        }
        long at = position(p.nameAt());
        int n = p.keys().length;
        if (p.malformedName() || n <= depth + 1 || (atLeast ? n < keys : n != keys)) {
            invalid(field.invalid, field, pointer, p.name(), "expected indexed parameters such as `" + field.wireName
                    + "[0]" + (atLeast ? "[" + field.nested.names[0] + "]" : "") + "`, found `" + p.name() + "`",
                    at, false);
            return -1;
        }
        String key = p.keys()[depth + 1];
        int index = parseIndex(key);
        if (index < 0) {
            invalid(field.invalid, field, pointer, p.name(), "`" + p.name() + "`: an index is a number from 0 to "
                    + MAX_INDEX, at, false);
        }
        return index;
    }

    /**
     * Fills the gap of missing indexes from {@code from} with nulls, so that later elements keep their
     * index (and pointer), and reports it once at the first missing index, placed at the parameter after
     * it. Returns the last missing index.
     */
    private int gap(WireSchema.WireField field, TreeMap<Integer, Param> present, int from, String pointer,
                    List<Object> list) {
        int next = present.higherKey(from);
        boolean reported = failed.contains(JsonPointers.append(pointer, from)); // `events[0]=x`, said already
        for (int k = from; k < next; k++) {
            list.add(null);
            failed.add(JsonPointers.append(pointer, k)); // the gap is the report; no "null element" as well
        }
        if (reported) {
            return next - 1;
        }
        String missing = next - from == 1 ? "`" + field.wireName + "[" + from + "]` is missing"
                : "`" + field.wireName + "[" + from + "]` to `" + field.wireName + "[" + (next - 1) + "]` are missing";
        Param after = present.get(next);
        add(Binder.invalidValue(field.invalid, field, JsonPointers.append(pointer, from), null, missing
                + ": indexes count from 0 without gaps", position(after.nameAt())));
        return next - 1;
    }

    /** A number, a string or a tier list from the text of a parameter. */
    private Object scalar(WireSchema.WireField field, String text, String pointer, long at) {
        switch (field.kind) {
            case STRING:
                return text;
            case TIER_STRING:
                return PayoutTier.parseList(text);
            case INT:
            case LONG: {
                if (!WireNumbers.isInteger(text)) {
                    return invalid(field.invalid, field, pointer, text, "expected an integer, found " + quote(text), at, true);
                }
                long max = field.kind == WireSchema.Kind.INT ? Integer.MAX_VALUE : Long.MAX_VALUE;
                long min = field.kind == WireSchema.Kind.INT ? Integer.MIN_VALUE : Long.MIN_VALUE;
                Long value = parseLong(text, min, max);
                if (value == null) {
                    return invalid(field.invalid, field, pointer, text, quote(text) + " is out of the range of a "
                            + (field.kind == WireSchema.Kind.INT ? "32" : "64") + "-bit integer", at, true);
                }
                return field.kind == WireSchema.Kind.INT ? (Object) value.intValue() : value;
            }
            case DOUBLE: {
                if (!WireNumbers.isDecimal(text)) {
                    return invalid(field.invalid, field, pointer, text, "expected a number, found " + quote(text), at, true);
                }
                double d = Double.parseDouble(text);
                if (!Double.isFinite(d)) {
                    return invalid(field.invalid, field, pointer, text, quote(text) + " is out of the range of a finite number",
                            at, true);
                }
                return d;
            }
            default:
                throw new IllegalStateException(field.kind.name());
        }
    }

    /** The value of a plain decimal integer when it lies in [min, max]; null otherwise. */
    private static Long parseLong(String s, long min, long max) {
        try {
            long value = Long.parseLong(s);
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null; // digits only: beyond the long range
        }
    }

    /** A list index: {@code 0} or digits without a leading zero, at most {@link #MAX_INDEX}; -1 otherwise. */
    private static int parseIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 4 || (n > 1 && key.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_INDEX ? value : -1;
    }

    private static String quote(String text) {
        if (text.isEmpty()) {
            return "an empty value";
        }
        return Binder.quoted(text);
    }

    /** Reports a value that could not be bound; {@code fails}: the field stays unbound, so no rule reports it again. */
    private Object invalid(ErrorCode code, WireSchema.WireField field, String pointer, Object rejected, String detail,
                           long at, boolean fails) {
        if (fails) {
            failed.add(pointer);
        }
        add(Binder.invalidValue(code, field, pointer, rejected, detail, at));
        return null;
    }

    private String text(Param p) {
        String text = decode(p.valueFrom(), p.valueTo());
        return text == null ? raw(p) : text;
    }

    private String raw(Param p) {
        return body.substring(p.valueFrom(), p.valueTo());
    }

    private long position(int offset) {
        return Locations.pack(line, offset + 1);
    }

    private void add(Violation v) {
        if (violations.size() < ReadLimits.MAX_VIOLATIONS) {
            violations.add(v);
        } else if (dropped++ == 0) {
            firstDropped = v;
        }
    }

    // ---------------------------------------------------------------- percent-decoding

    /** Why the last {@link #decode} returned null. */
    private String decodeError;

    /**
     * {@code body[from, to)} percent-decoded in the body's charset, UTF-8 unless the request declared another
     * ({@code +} is a space), or null with {@link #decodeError} set: a {@code %} not followed by two hex
     * digits, or bytes that are not in the charset.
     */
    private String decode(int from, int to) {
        int raw = notUtf8 == null ? -1 : notUtf8.nextSetBit(from);
        if (raw >= 0 && raw < to) {
            decodeError = "bytes that are not " + charset.name() + " at column " + (raw + 1);
            return null;
        }
        int i = from;
        while (i < to && body.charAt(i) != '%' && body.charAt(i) != '+') {
            i++;
        }
        if (i == to) {
            return body.substring(from, to); // nothing encoded: most names, numbers and plain words
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        StringBuilder chars = new StringBuilder();
        for (i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == '%') {
                int high = i + 2 < to ? Character.digit(body.charAt(i + 1), 16) : -1;
                int low = i + 2 < to ? Character.digit(body.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    // three characters, a character past U+FFFF whole: half of it is no text a report can show
                    int end = body.offsetByCodePoints(i, Math.min(3, body.codePointCount(i, to)));
                    decodeError = "malformed percent-encoding `" + body.substring(i, end) + "` at column " + (i + 1);
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                if (bytes.size() > 0) {
                    if (!flush(bytes, chars, i)) {
                        return null;
                    }
                }
                chars.append(c == '+' ? ' ' : c);
            }
        }
        return bytes.size() > 0 && !flush(bytes, chars, to) ? null : chars.toString();
    }

    private boolean flush(ByteArrayOutputStream bytes, StringBuilder chars, int at) {
        try {
            chars.append(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())));
            bytes.reset();
            return true;
        } catch (CharacterCodingException e) {
            decodeError = "percent-encoded bytes that are not " + charset.name() + " before column " + (at + 1);
            return false;
        }
    }
}

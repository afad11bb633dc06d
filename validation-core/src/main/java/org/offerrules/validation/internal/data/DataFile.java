package org.offerrules.validation.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One data file read into its index: the ids of its records and, for advertisers and affiliates, who
 * owns each e-mail address. {@code NAME.json} is an array of records or the API's answer saved as it
 * is ({@code {"httpStatus": 200, "data": [...]}}, or {@code data} an object holding the list);
 * {@code NAME.ndjson} one record a line; {@code NAME.csv} a header of field names, then one record a
 * line (RFC 4180 quoting). Field names are the API's; other fields are ignored. Every record that
 * cannot be indexed is a problem {@code FILE:LINE: what} — never skipped.
 */
public final class DataFile {

    /** Problems listed at most per file: a wrong file would otherwise list every line. */
    static final int MAX_PROBLEMS = 20;
    /** The longest record (an NDJSON line, a CSV row) read: a record is an id and an e-mail, so a longer
     *  one is a wrong file, and holding it would cost its size, not the record's. */
    static final int MAX_RECORD = 16 << 20;

    private final DataEntity entity;
    private final String name;
    private final IntIds.Builder ids = new IntIds.Builder();
    private final EmailOwners emails;
    private final List<String> problems = new ArrayList<>();
    /** The kept fields of the JSON record being read: one map for the whole file. */
    private final Map<String, JsonScan.Scalar> fields = new HashMap<>(4);
    private int records;
    private int moreProblems;

    private DataFile(DataEntity entity, String name) {
        this.entity = entity;
        this.name = name;
        this.emails = entity.emails() ? new EmailOwners() : null;
    }

    /** What one file gave. */
    public record Table(DataEntity entity, String file, int records, IntIds ids, EmailOwners emails,
                        List<String> problems) {
    }

    /**
     * Reads {@code file}, the data of {@code entity}; {@code name} is how problems name it, and its
     * extension the file's format. The file is streamed (an NDJSON or CSV line, or a window of a JSON
     * file, at a time), so reading it costs its index, not its size.
     */
    public static Table read(DataEntity entity, Path file, String name) throws IOException {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try (InputStream stream = Files.newInputStream(file)) {
            return read(entity, stream, name, extension, JsonScan.WINDOW);
        }
    }

    /** {@link #read(DataEntity, Path, String)} of a stream, a JSON file through a window of {@code window} bytes. */
    static Table read(DataEntity entity, InputStream stream, String name, String extension, int window)
            throws IOException {
        DataFile data = new DataFile(entity, name);
        try {
            Bytes in = new Bytes(Utf8.of(stream, !extension.equals("csv")));
            switch (extension) {
                case "csv" -> data.csv(in);
                case "ndjson" -> data.ndjson(in);
                default -> data.json(new JsonScan(in, 1, window));
            }
        } catch (UncheckedIOException | Utf8.NotInEncoding e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (!(cause instanceof Utf8.NotInEncoding notInEncoding)) {
                throw cause;
            }
            // what was read before it is no less in doubt: the file's one problem
            data.problems.clear();
            data.problems.add(name + ": " + notInEncoding.getMessage());
            data.moreProblems = 0;
        }
        if (data.moreProblems > 0) {
            data.problems.add(name + ": " + data.moreProblems + " more problems not listed");
        }
        return new Table(entity, name, data.records, data.ids.build(), data.emails, List.copyOf(data.problems));
    }

    private void problem(int line, String what) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(name + ":" + line + ": " + what);
        } else {
            moreProblems++;
        }
    }

    private boolean kept(String field) {
        return entity.idFields().contains(field) || entity.emails() && field.equals("email");
    }

    /** Indexes one record's kept fields, read at {@code line}. */
    private void record(int line, Map<String, JsonScan.Scalar> fields) {
        JsonScan.Scalar id = null;
        String idField = null;
        for (String field : entity.idFields()) {
            if (fields.get(field) != null) {
                id = fields.get(field);
                idField = field;
                break;
            }
        }
        if (id == null) {
            problem(line, "no " + String.join(" or ", entity.idFields()));
            return;
        }
        int value = positive(id.text());
        if (id == JsonScan.NESTED || value <= 0) {
            problem(line, idField + " " + (id.string() ? "\"" + id.text() + "\"" : id.text())
                    + " is not a whole number above 0");
            return;
        }
        JsonScan.Scalar email = emails == null ? null : fields.get("email");
        if (email != null && !email.string()) {
            problem(line, "email " + email.text() + " is not a string");
            return;
        }
        records++;
        ids.add(value);
        if (email != null && !email.text().isBlank()) {
            int other = emails.put(EmailOwners.normal(email.text()), value);
            if (other != 0 && other != value) {
                problem(line, "email " + email.text() + " belongs to " + idField + " " + other + " too");
            }
        }
    }

    /** The whole number above 0 (at most {@link Integer#MAX_VALUE}) that {@code text} is, or 0. */
    static int positive(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 10) {
            return 0;
        }
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            v = v * 10 + (c - '0');
        }
        return v > Integer.MAX_VALUE ? 0 : (int) v;
    }

    private void ndjson(Bytes in) throws IOException {
        int line = 1;
        while (in.nextLine()) {
            if (in.overlong()) {
                problem(line, "a line longer than " + (MAX_RECORD >> 20) + " MiB: not one record");
            } else if (!blank(in.line(), in.lineFrom(), in.lineTo())) {
                readRecord(new JsonScan(in.line(), in.lineFrom(), in.lineTo(), line), true);
            }
            line++;
        }
    }

    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Reads one record at the scanner's cursor; returns false when the JSON broke (nothing more can be read). */
    private boolean readRecord(JsonScan scan, boolean whole) {
        Map<String, JsonScan.Scalar> fields = this.fields;
        fields.clear();
        int line = scan.line();
        try {
            scan.peek();
            line = scan.line();
            scan.record(this::kept, fields::put);
            if (whole) {
                scan.expectEnd();
            }
        } catch (JsonScan.Bad bad) {
            problem(bad.line, bad.getMessage());
            return false;
        }
        record(line, fields);
        return true;
    }

    /**
     * A JSON file: its list, then the end of the objects around it (the API's answer) and of the file. What
     * follows the list is read too: a second list appended to the file (two pages saved one after the
     * other) would otherwise be left unread in silence, its ids "unknown".
     */
    private void json(JsonScan scan) {
        try {
            int objects = 0;
            if (scan.peek() == '{') {
                objects = toList(scan);
                if (objects == 0) {
                    problem(scan.line(), "no list of " + entity.fileName() + ": an object without an array in data; "
                            + "an array of records, or the API's answer with one in data, expected");
                    return;
                }
            }
            if (scan.peek() != '[') {
                problem(scan.line(), "no list of " + entity.fileName() + ": an array of records, or the API's "
                        + "answer with one in data, expected, not " + scan.what());
                return;
            }
            scan.enterArray();
            while (scan.nextElement()) {
                if (!readRecord(scan, false)) {
                    return;
                }
            }
            for (; objects > 0; objects--) {
                scan.endObject();
            }
            if (scan.peek() >= 0) {
                problem(scan.line(), "malformed JSON: " + scan.what() + " after the list; a .json file holds one "
                        + "list (pages saved one after the other go in a .ndjson file, a record a line)");
            }
        } catch (JsonScan.Bad bad) {
            problem(bad.line, bad.getMessage());
        } catch (JsonScan.TooLong tooLong) {
            problem(tooLong.line, tooLong.getMessage());
        }
    }

    /**
     * Moves the scanner of an API answer to its list: the array in {@code data}, or the first array among
     * {@code data}'s fields; returns how many objects it is in (1 or 2), or 0 when there is none (the
     * cursor at the end of the object it searched).
     */
    private static int toList(JsonScan scan) throws JsonScan.Bad {
        scan.expect('{');
        int objects = 1;
        while (scan.peek() != '}') {
            String field = scan.string();
            scan.expect(':');
            if (objects == 1 && field.equals("data")) {
                if (scan.peek() == '[') {
                    return objects;
                }
                if (scan.peek() == '{') {
                    scan.expect('{');
                    objects = 2;
                    continue;
                }
            } else if (objects == 2 && scan.peek() == '[') {
                return objects;
            }
            scan.skipValue();
            if (scan.peek() != '}') {
                scan.expect(',');
            }
        }
        return 0;
    }

    private void csv(Bytes in) {
        Csv csv = new Csv(in);
        List<String> header = next(csv);
        if (header == null) {
            if (problems.isEmpty()) {
                // as an empty .json file is no list: a failed export, whose every id would be "unknown"
                problem(1, "an empty file: a CSV file begins with its header (" + String.join(" or ", entity.idFields())
                        + ", ...)");
            }
            return;
        }
        List<Integer> keptColumns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (kept(header.get(i).trim())) {
                keptColumns.add(i);
            }
        }
        if (keptColumns.stream().noneMatch(i -> entity.idFields().contains(header.get(i).trim()))) {
            problem(1, "the header has no " + String.join(" or ", entity.idFields()) + " column");
            return;
        }
        while (true) {
            int line = csv.line();
            List<String> row = next(csv);
            if (row == null) {
                return;
            }
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                problem(line, row.size() + " fields, the header has " + header.size());
                continue;
            }
            Map<String, JsonScan.Scalar> fields = new HashMap<>(4);
            for (int i : keptColumns) {
                String value = row.get(i);
                if (!value.isEmpty()) {
                    fields.put(header.get(i).trim(), new JsonScan.Scalar(value, true));
                }
            }
            record(line, fields);
        }
    }

    /** The next row of {@code csv}; null at its end, and after a row that cannot be read (a problem). */
    private List<String> next(Csv csv) {
        try {
            return csv.next();
        } catch (JsonScan.Bad bad) {
            problem(bad.line, bad.getMessage());
            return null;
        }
    }

    /** The records of a CSV file, quoted fields (with doubled quotes and line breaks inside) included. */
    private static final class Csv {
        private final Bytes in;
        private int line = 1;

        Csv(Bytes in) {
            this.in = in;
        }

        int line() {
            return line;
        }

        /** The next record's fields; null at the end. */
        List<String> next() throws JsonScan.Bad {
            if (in.peekByte() < 0) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            java.io.ByteArrayOutputStream field = new java.io.ByteArrayOutputStream();
            int started = line;
            boolean quoted = false;
            int b;
            int size = 0;
            while ((b = in.read()) >= 0) {
                if (++size > MAX_RECORD) {
                    throw new JsonScan.Bad(started, "a row longer than " + (MAX_RECORD >> 20) + " MiB: not one record");
                }
                if (quoted) {
                    if (b == '"') {
                        if (in.peekByte() == '"') {
                            field.write('"');
                            in.read();
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (b == '\n') {
                            line++;
                        }
                        field.write(b);
                    }
                } else if (b == '"' && field.size() == 0) {
                    quoted = true;
                } else if (b == ',') {
                    fields.add(field.toString(StandardCharsets.UTF_8));
                    field.reset();
                } else if (b == '\n') {
                    line++;
                    break;
                } else if (b != '\r') {
                    field.write(b);
                }
            }
            if (quoted) {
                throw new JsonScan.Bad(started, "a quoted field is not closed");
            }
            fields.add(field.toString(StandardCharsets.UTF_8));
            return fields;
        }
    }

    /**
     * A data file's bytes through one buffer: byte by byte (CSV), line by line (NDJSON), or as a stream
     * (JSON, read by {@link JsonScan}'s own window). Errors of the file are {@link UncheckedIOException}s.
     */
    static final class Bytes extends InputStream {
        private final InputStream stream;
        private final byte[] buffer = new byte[JsonScan.WINDOW];
        private int at;
        private int end;
        /** Where a line longer than what is left of the buffer is gathered; it grows to the longest. */
        private byte[] line = new byte[256];
        private byte[] lineArray;
        private boolean overlong;
        private int lineFrom;
        private int lineTo;

        Bytes(InputStream stream) {
            this.stream = stream;
        }

        /** The next byte without taking it; -1 at the end. */
        int peekByte() {
            return at < end || fill() ? buffer[at] & 0xFF : -1;
        }

        @Override
        public int read() {
            int b = peekByte();
            if (b >= 0) {
                at++;
            }
            return b;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (at == end && !fill()) {
                return -1;
            }
            int n = Math.min(length, end - at);
            System.arraycopy(buffer, at, into, offset, n);
            at += n;
            return n;
        }

        /**
         * Reads the next line, without its {@code \n}: {@link #line()} from {@link #lineFrom()} to
         * {@link #lineTo()} (the buffer itself when the line lies in it); false at the end of the input.
         */
        boolean nextLine() {
            overlong = false;
            if (at == end && !fill()) {
                return false;
            }
            int i = at;
            while (i < end && buffer[i] != '\n') {
                i++;
            }
            if (i < end) { // the common case: the whole line is in the buffer
                lineArray = buffer;
                lineFrom = at;
                lineTo = i;
                at = i + 1;
                return true;
            }
            // the line goes on past the buffer: gather it, up to the longest record
            int length = 0;
            do {
                i = at;
                while (i < end && buffer[i] != '\n') {
                    i++;
                }
                overlong |= length + i - at > MAX_RECORD; // then skipped to its end, not kept
                if (!overlong) {
                    if (length + i - at > line.length) {
                        line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + i - at));
                    }
                    System.arraycopy(buffer, at, line, length, i - at);
                    length += i - at;
                }
                if (i < end) {
                    at = i + 1;
                    break;
                }
                at = end;
            } while (fill());
            lineArray = line;
            lineFrom = 0;
            lineTo = length;
            return true;
        }

        byte[] line() {
            return lineArray;
        }

        /** Whether the last line was longer than {@link #MAX_RECORD}: skipped, {@link #line()} not filled. */
        boolean overlong() {
            return overlong;
        }

        int lineFrom() {
            return lineFrom;
        }

        int lineTo() {
            return lineTo;
        }

        /** Replaces the used-up buffer with the stream's next bytes; false at its end. */
        private boolean fill() {
            at = 0;
            end = 0;
            return fillMore();
        }

        /** Reads more bytes after the buffer's; false at the stream's end. */
        private boolean fillMore() {
            int n = readAfter(stream, buffer, end);
            end += Math.max(n, 0);
            return n > 0;
        }

        /**
         * Reads some of {@code stream} into {@code buffer} from {@code end} (which leaves room); the bytes
         * read, or -1 at the stream's end.
         *
         * @throws UncheckedIOException when the stream cannot be read
         */
        static int readAfter(InputStream stream, byte[] buffer, int end) {
            try {
                int n;
                do {
                    n = stream.read(buffer, end, buffer.length - end);
                } while (n == 0);
                return n;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

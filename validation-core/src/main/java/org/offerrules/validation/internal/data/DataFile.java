package org.offerrules.validation.internal.data;

import java.io.IOException;
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

    /** Reads {@code file}, the data of {@code entity}; {@code name} is how problems name it. */
    public static Table read(DataEntity entity, Path file, String name) throws IOException {
        DataFile data = new DataFile(entity, name);
        byte[] bytes = Files.readAllBytes(file);
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String extension = file.getFileName().toString();
        extension = extension.substring(extension.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        switch (extension) {
            case "csv" -> data.csv(bytes, from);
            case "ndjson" -> data.ndjson(bytes, from);
            default -> data.json(bytes, from);
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

    private void ndjson(byte[] bytes, int from) {
        int line = 1;
        int start = from;
        for (int i = from; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!blank(bytes, start, i)) {
                    JsonScan scan = new JsonScan(bytes, start, i, line);
                    readRecord(scan, true);
                }
                line++;
                start = i + 1;
            }
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

    private void json(byte[] bytes, int from) {
        JsonScan scan = new JsonScan(bytes, from, bytes.length, 1);
        try {
            if (scan.peek() == '{') {
                toList(scan);
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
        } catch (JsonScan.Bad bad) {
            problem(bad.line, bad.getMessage());
        }
    }

    /**
     * Moves the scanner of an API answer to its list: the array in {@code data}, or the first array
     * among {@code data}'s fields. Leaves it elsewhere when there is none.
     */
    private static void toList(JsonScan scan) throws JsonScan.Bad {
        scan.expect('{');
        boolean inData = false;
        while (scan.peek() != '}') {
            String field = scan.string();
            scan.expect(':');
            if (field.equals("data") && !inData) {
                if (scan.peek() == '[') {
                    return;
                }
                if (scan.peek() == '{') {
                    scan.expect('{');
                    inData = true;
                    continue;
                }
            } else if (inData && scan.peek() == '[') {
                return;
            }
            scan.skipValue();
            if (scan.peek() == ',') {
                scan.expect(',');
            }
        }
    }

    private void csv(byte[] bytes, int from) {
        Csv csv = new Csv(bytes, from);
        List<String> header = next(csv);
        if (header == null) {
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
        private final byte[] in;
        private int at;
        private int line = 1;

        Csv(byte[] in, int from) {
            this.in = in;
            this.at = from;
        }

        int line() {
            return line;
        }

        /** The next record's fields; null at the end. */
        List<String> next() throws JsonScan.Bad {
            if (at >= in.length) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            java.io.ByteArrayOutputStream field = new java.io.ByteArrayOutputStream();
            int started = line;
            boolean quoted = false;
            while (at < in.length) {
                byte b = in[at++];
                if (quoted) {
                    if (b == '"') {
                        if (at < in.length && in[at] == '"') {
                            field.write('"');
                            at++;
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
}

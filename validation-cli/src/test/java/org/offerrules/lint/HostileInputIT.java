package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus through the real {@code offer-lint.jar} in a JVM of 256 MiB: every file
 * gives coded findings, the run exits 1 (never 2), prints no stack trace, ends in bounded time, and
 * the valid file of the same run is still read. The small files are committed
 * ({@code src/test/resources/hostile}); the big ones are streamed to a temporary folder here.
 *
 * <p>The single-line document is 1 GiB ({@value #DEFAULT_HUGE_BYTES} bytes), streamed to disk and
 * skipped by the linter without being buffered (about 3 s, under 100 MB resident);
 * {@code -DofferLint.hugeBytes=N} picks another size.
 */
class HostileInputIT {

    static final long DEFAULT_HUGE_BYTES = 1L << 30;
    static final long HUGE_BYTES = Long.getLong("offerLint.hugeBytes", DEFAULT_HUGE_BYTES);
    static final String OFFER = "{\"advertiser_id\": 12, \"name\": \"Summer Sale\", \"status\": \"Active\", \"expire_date\": "
            + "\"2030/12/31\", \"type\": \"Mobile\", \"url\": \"https://track.example.com/click?tid={TID}\", \"access_type\": "
            + "\"Public\", \"ssl\": 1, \"tracking_protocol\": \"Server Postback URL\", \"currency\": 1, \"payout_type\": \"CPA\", "
            + "\"payout\": 2.5}";

    @Test
    void everyHostileFileGivesCodedFindingsAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path corpus = Paths.get("src/test/resources/hostile");
        // the codes each file must produce (6055: malformed input; bom.json proves the BOM is skipped)
        Map<String, List<Integer>> expected = new TreeMap<>();
        for (String name : List.of("binary-garbage.json", "comments.json", "duplicate-keys.json", "empty.json",
                "invalid-utf8.json", "nan.json", "scalar.json", "trailing-comma.json", "truncated.json", "whitespace.json")) {
            expected.put(name, List.of(6055));
        }
        expected.put("bom.json", List.of(6319));
        expected.put("not-utf32.json", List.of(6055));
        expected.put("overlong-utf8.json", List.of(6055)); // C0 AF: "/" in two bytes, which Jackson 2 decoded // zero bytes make Jackson read UTF-32: no code point
        expected.put("valid.json", List.of());
        expected.put("deep-nesting.json", List.of(6055));
        expected.put("huge-string.json", List.of(6055));
        expected.put("long-number.json", List.of(6055));
        expected.put("huge-line.ndjson", List.of(6055, 6319));

        List<String> args = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        args.add(write(dir.resolve("deep-nesting.json"), "{\"name\": ", repeat("[", 100_000) + repeat("]", 100_000), "}\n").toString());
        args.add(writeRepeated(dir.resolve("huge-string.json"), "{\n  \"name\": \"", 'x', 100L << 20, "\"\n}\n").toString());
        args.add(write(dir.resolve("long-number.json"), "{\"advertiser_id\": ", "9".repeat(10_000), "}\n").toString());
        // one line of HUGE_BYTES, then a line with one error: the line after the giant is still read
        args.add(writeHugeLine(dir.resolve("huge-line.ndjson"), HUGE_BYTES,
                OFFER.replace("\"ssl\": 1", "\"ssl\": 2") + "\n").toString());

        Path out = dir.resolve("report.json");
        Path err = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-jar", System.getProperty("offerLint.jar"),
                "--format=json", "--no-progress", "--threads=2"));
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);   // hang detection only: generous
        if (!finished) {
            process.destroyForcibly();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("hostile corpus: %d files, huge line %,d bytes, %,d ms%n", args.size(), HUGE_BYTES, millis);
        assertThat(finished).as("offer-lint ended").isTrue();

        String stdout = Files.readString(out);
        String stderr = Files.readString(err);
        for (String text : List.of(stdout, stderr)) {
            assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
        }
        assertThat(process.exitValue()).as("exit status; stderr: %s", stderr).isEqualTo(1);

        JsonNode report = new ObjectMapper().readTree(stdout);
        Map<String, List<Integer>> actual = new TreeMap<>();
        expected.keySet().forEach(name -> actual.put(name, new ArrayList<>()));
        for (JsonNode v : report.get("violations")) {
            String name = Paths.get(v.get("file").asText()).getFileName().toString();
            assertThat(v.get("severity").asText()).isEqualTo("error");
            assertThat(v.get("line").asInt()).isPositive();
            List<Integer> codes = actual.get(name);
            int code = v.get("code").asInt();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        actual.values().forEach(codes -> codes.sort(null));
        assertThat(actual).isEqualTo(expected);
        assertThat(report.get("summary").get("files").asInt()).isEqualTo(args.size());
        assertThat(report.get("summary").get("valid").asInt()).isEqualTo(1);
    }

    private static String javaBin() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    private static Path write(Path file, String prefix, String body, String suffix) throws IOException {
        Files.writeString(file, prefix + body + suffix, StandardCharsets.UTF_8);
        return file;
    }

    /** {@code prefix}, {@code count} times {@code c}, {@code suffix}; streamed to disk in 1 MiB chunks. */
    private static Path writeRepeated(Path file, String prefix, char c, long count, String suffix) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) c);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            os.write(prefix.getBytes(StandardCharsets.UTF_8));
            for (long left = count; left > 0; left -= chunk.length) {
                os.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            os.write(suffix.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /**
     * One JSON document on one line of about {@code bytes} bytes (an offer whose {@code geo_countries}
     * holds millions of entries), then {@code next}; streamed to disk.
     */
    private static Path writeHugeLine(Path file, long bytes, String next) throws IOException {
        String head = "{\"geo_targeting\": 1, \"geo_countries\": [\"US\"";
        byte[] unit = ",\"US:1:TX;CA\"".getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[unit.length * 65_536];
        for (int i = 0; i < 65_536; i++) {
            System.arraycopy(unit, 0, chunk, i * unit.length, unit.length);
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            os.write(head.getBytes(StandardCharsets.US_ASCII));
            for (long written = head.length(); written < bytes; written += chunk.length) {
                os.write(chunk);
            }
            os.write("]}\n".getBytes(StandardCharsets.US_ASCII));
            os.write(next.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

}

package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved as UTF-16 or UTF-32 (Notepad's "Unicode", Windows PowerShell's {@code >}) is one finding
 * at its start that says so, in every layout and way in. Read as UTF-8, a UTF-16LE offer gave its own
 * findings and a 6055 for the zero byte after its newline, a UTF-16BE one a 6055 per line, a form body
 * a finding per missing field: never the one thing to fix.
 */
class WideEncodingTest {

    private static final String OFFER = ReportFailureTest.OFFER; // ssl 2: 6319 when read

    @Test
    void everyLayoutInUtf16OrUtf32IsOneFindingAtItsStart(@TempDir Path dir) throws Exception {
        String pretty = OFFER.replace(", ", ",\n  ");
        String[][] files = {
            {"le-bom.json", "UTF-16LE", "\uFEFF" + OFFER + "\n"},
            {"le.ndjson", "UTF-16LE", OFFER + "\n" + OFFER + "\n"},
            {"be-bom.json", "UTF-16BE", "\uFEFF" + pretty + "\n"},
            {"be.json", "UTF-16BE", "[" + OFFER + ",\n" + OFFER + "]\n"},
            {"le32.ndjson", "UTF-32LE", "\uFEFF" + OFFER + "\r\n" + OFFER},
            {"be32.json", "UTF-32BE", OFFER},
        };
        String[] args = new String[files.length + 2];
        args[0] = "--no-progress";
        args[1] = "--format=json";
        for (int i = 0; i < files.length; i++) {
            Path file = dir.resolve(files[i][0]);
            Files.write(file, files[i][2].getBytes(Charset.forName(files[i][1])));
            args[i + 2] = file.toString();
        }

        Cli cli = Cli.run(args);

        assertThat(cli.err()).isEmpty();
        assertThat(cli.status()).isEqualTo(1);
        StringBuilder expected = new StringBuilder();
        for (String[] file : files) {
            expected.append(file[0]).append(" 0 1:1 6055 Invalid json data: the input is ").append(file[1])
                    .append(", not UTF-8: save it as UTF-8\n");
        }
        assertThat(findings(cli.out(), dir)).isEqualTo(sorted(expected.toString()));
    }

    @Test
    void formBodiesAndStandardInputSayItToo(@TempDir Path dir) throws Exception {
        Path form = dir.resolve("body.form");
        Files.write(form, "\uFEFFadvertiser_id=12&ssl=2\n".getBytes(StandardCharsets.UTF_16LE));

        Cli cli = Cli.run("--no-progress", form.toString());

        assertThat(cli.out()).startsWith(form + ":1:1: error 6820 Invalid form body parameter. (the input is UTF-16LE,"
                + " not UTF-8: save it as UTF-8) (document 0)\n\nfiles                1\ndocuments            1\n");
        assertThat(cli.status()).isEqualTo(1);

        Cli stdin = Cli.run(OfferLint.commandLine(new java.io.ByteArrayInputStream(
                ("\uFEFF" + OFFER + "\n").getBytes(StandardCharsets.UTF_16BE))), "--no-progress", "-");

        assertThat(stdin.out()).startsWith("<stdin>:1:1: error 6055 Invalid json data: the input is UTF-16BE, not UTF-8:"
                + " save it as UTF-8 (document 0)\n\nfiles                1\ndocuments            1\n");
        assertThat(stdin.status()).isEqualTo(1);
    }

    @Test
    void noLevelLowersItAndNoBaselineHoldsIt(@TempDir Path dir) throws Exception {
        // nothing in such a file was checked: it must not pass, as an empty file must not
        Path json = Files.write(dir.resolve("offer.json"), ("\uFEFF" + OFFER).getBytes(StandardCharsets.UTF_16LE));
        Path form = Files.write(dir.resolve("body.form"), "ssl=2\n".getBytes(StandardCharsets.UTF_16BE));
        Path config = Files.writeString(dir.resolve("offer-lint.yaml"), "rules: {6055: off, 6820: off}\n");
        Path baseline = dir.resolve("baseline.json");

        Cli written = Cli.run("--no-progress", "--config", config.toString(), "--write-baseline", baseline.toString(),
                json.toString(), form.toString());
        Cli cli = Cli.run("--no-progress", "--config", config.toString(), "--baseline", baseline.toString(),
                json.toString(), form.toString());

        assertThat(written.status()).isZero();
        assertThat(Files.readString(baseline)).doesNotContain("offer.json").doesNotContain("body.form");
        assertThat(cli.out()).startsWith(form + ":1:1: error 6820 Invalid form body parameter. (the input is UTF-16BE, not"
                + " UTF-8: save it as UTF-8) (document 0)\n\n" + json + ":1:1: error 6055 Invalid json data: the input is"
                + " UTF-16LE, not UTF-8: save it as UTF-8 (document 0)\n\n");
        assertThat(cli.status()).isEqualTo(1);
    }

    @Test
    void aLineThatJacksonWouldTakeForUtf16OrUtf32IsBrokenJsonAndTheNextLineIsRead(@TempDir Path dir) throws Exception {
        // zero bytes first and FF FE made Jackson guess UTF-16 or UTF-32 of a line's bytes, or fail with
        // "Unsupported UCS-4 endianness": the file "cannot be read" (status 2), later lines an internal error
        Path ndjson = dir.resolve("lines.ndjson");
        byte[][] lines = {OFFER.getBytes(StandardCharsets.UTF_8), {0, 0, '{', 0}, {0, '{', 0, 0, 0, '}', 0, 0},
            {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}, {'{', 0, '}'}, OFFER.getBytes(StandardCharsets.UTF_8)};
        try (var out = Files.newOutputStream(ndjson)) {
            for (byte[] line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        Path ucs4 = Files.write(dir.resolve("ucs4.json"), new byte[] {0, 0, '{', 0, '}', 0, 0, 0, '\n'});

        Cli cli = Cli.run("--no-progress", ndjson.toString(), ucs4.toString());

        assertThat(cli.err()).isEmpty();
        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).startsWith(ndjson + ":1:197: error 6319 Invalid SSL (/ssl)\n"
                + ndjson + ":2:1: error 6055 Invalid json data: Illegal character ((CTRL-CHAR, code 0)): only regular"
                + " white space (\\r, \\n, \\t) is allowed between tokens (document 1)\n"
                + ndjson + ":3:1: error 6055 Invalid json data: Illegal character ((CTRL-CHAR, code 0)): only regular"
                + " white space (\\r, \\n, \\t) is allowed between tokens (document 2)\n"
                + ndjson + ":4:1: error 6055 Invalid json data: Invalid UTF-8 in the input (document 3)\n"
                + ndjson + ":5:2: error 6055 Invalid json data: Illegal character ((CTRL-CHAR, code 0)): only regular"
                + " white space (\\r, \\n, \\t) is allowed between tokens (document 4)\n"
                + ndjson + ":6:197: error 6319 Invalid SSL (/ssl)\n\n"
                // no encoding writes this order: broken UTF-8, as any other file starting with a zero byte
                + ucs4 + ":1:1: error 6055 Invalid json data: Illegal character ((CTRL-CHAR, code 0)): only regular"
                + " white space (\\r, \\n, \\t) is allowed between tokens (document 0)\n\n");
    }

    /** One line per violation of a JSON report: file name, document, line:column, code, message; sorted. */
    private static String findings(String report, Path dir) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (var v : new com.fasterxml.jackson.databind.ObjectMapper().readTree(report).get("violations")) {
            lines.append(Path.of(v.get("file").asText()).getFileName()).append(' ').append(v.get("document").asInt())
                    .append(' ').append(v.get("line").asInt()).append(':').append(v.get("column").asInt()).append(' ')
                    .append(v.get("code").asInt()).append(' ').append(v.get("message").asText()).append('\n');
        }
        return sorted(lines.toString());
    }

    private static String sorted(String lines) {
        return String.join("\n", lines.lines().sorted().toList()) + "\n";
    }
}

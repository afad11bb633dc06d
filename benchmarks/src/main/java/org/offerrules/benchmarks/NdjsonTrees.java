package org.offerrules.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The end-to-end baseline of {@code benchmarks/ndjson-trees.sh}: an NDJSON file parsed into Jackson 2
 * trees on one thread, as a Java user without this library would, then the documents counted. No
 * binding, no validation, no report: what offer-lint reading and validating the same file on one
 * thread is compared with (issue 27: at least 0.8× of this, process start included on both sides).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.offerrules.benchmarks.NdjsonTrees FILE [stream|lines]</pre>
 *
 * {@code stream} (the default) hands the file to one parser, {@code readerFor(JsonNode.class).readValues},
 * which reads the bytes as UTF-8 itself and takes the documents one after the other (whitespace,
 * so the line breaks, separates root values); {@code lines} reads the file a line at a time with a
 * {@link BufferedReader} and calls {@code readTree} on each line, which decodes every line to a
 * {@code String} first and starts a parser per line. The stream is the faster of the two, so it is the
 * baseline; {@code lines} is here to show that.
 */
public final class NdjsonTrees {

    private NdjsonTrees() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || args.length == 2 && !args[1].matches("stream|lines")) {
            System.err.println("usage: NdjsonTrees FILE [stream|lines]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        ObjectMapper mapper = new ObjectMapper();
        long documents = 0;
        long fields = 0; // used, so that no tree is dead code
        if (args.length == 2 && args[1].equals("lines")) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        fields += mapper.readTree(line).size();
                        documents++;
                    }
                }
            }
        } else {
            try (MappingIterator<JsonNode> trees = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
                while (trees.hasNextValue()) {
                    fields += trees.nextValue().size();
                    documents++;
                }
            }
        }
        System.out.printf("%d documents (%d top-level fields)%n", documents, fields);
    }
}

package org.offerrules.lint;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.offerrules.client.Listing;
import org.offerrules.client.NetworkClient;
import org.offerrules.client.NetworkException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offer-lint data}: the network's data folder that {@code --data DIR} reads. {@code data pull}
 * fills it from the network API's list methods.
 */
@Command(name = "data", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "The network's data folder that --data DIR reads: pull fills it from the network API.",
        subcommands = DataCommand.Pull.class)
final class DataCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("offer-lint data: which? offer-lint data pull --network URL DIR");
        spec.commandLine().usage(spec.commandLine().getErr());
        return OfferLint.USAGE;
    }

    /**
     * One list of the folder: its file (an entity of {@code NetworkData}), the list method that reads it,
     * and the fields kept, the first the record's key (see docs/decisions/network-data.md, "Pulled").
     */
    record Pulled(String file, String method, List<String> fields) {
    }

    /** What {@code data pull} reads, in this order; the network has no list of every post-back URL. */
    static final List<Pulled> LISTS = List.of(
            new Pulled("advertisers", "getAdvertisers", List.of("id", "email")),
            new Pulled("affiliates", "getAffiliates", List.of("id", "email")),
            new Pulled("offers", "getOffersV2", List.of("id")),
            new Pulled("categories", "getOfferCategories", List.of("id")),
            new Pulled("offer_groups", "getOfferGeoGroups", List.of("id")),
            new Pulled("payout_tiers", "getPayoutTiers", List.of("id")),
            new Pulled("managers", "getAffiliateManagers", List.of("id")),
            new Pulled("applications", "getOfferApplicationList", List.of("id")));

    /** Records a page: the API's documented default (brief 3.1). */
    static final int LIMIT = 500;

    /** {@code offer-lint data pull --network URL DIR}. */
    @Command(name = "pull", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
            description = "Fills DIR with the network's lists through the API's list methods, page by page (the key "
                    + "from " + NetworkSettings.KEY_ENV + "), one NDJSON file per entity as --data DIR reads it: "
                    + "advertisers, affiliates, offers, categories, offer_groups, payout_tiers, managers, applications. "
                    + "Each file is replaced only when its list was read to the end.",
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {
                "0:every list pulled",
                "2:usage error, no key, a folder that cannot be written, or a list not pulled: a key or permission "
                        + "the network refused, a server failing after the retries, the network not answering, "
                        + "more pages than --max-pages (the run stopped; the files already pulled are complete)"})
    static final class Pull implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The data folder; created if missing.")
        Path dir;

        @CommandLine.Mixin
        NetworkSettings settings = new NetworkSettings();

        @Option(names = "--max-pages", paramLabel = "N", defaultValue = "10000",
                description = "Stop a list that has more than N pages of " + LIMIT
                        + " records: a server that always has more (default: ${DEFAULT-VALUE}).")
        int maxPages;

        /** Changes the client's settings; tests shorten its waits. */
        UnaryOperator<NetworkClient.Builder> tune = UnaryOperator.identity();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<NetworkClient.Builder> builder = settings.client(spec.commandLine());
            if (builder.isEmpty()) {
                return OfferLint.USAGE;
            }
            if (maxPages < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--max-pages must be at least 1");
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                err.println("offer-lint data pull: cannot create " + Printable.of(show(dir)) + ": "
                        + Printable.of(String.valueOf(e.getMessage())));
                return OfferLint.USAGE;
            }
            try (NetworkClient client = tune.apply(builder.get()).build()) {
                for (Pulled list : LISTS) {
                    String stop = pull(client, list, out);
                    if (stop != null) {
                        out.flush();
                        err.println("offer-lint data pull: " + list.file() + " (" + list.method() + "): " + stop
                                + "; stopped: " + list.file() + " and the lists after it were not pulled");
                        return OfferLint.USAGE;
                    }
                }
            }
            return OfferLint.OK;
        }

        /** Pulls one list into its file; null when done, else why it stopped. */
        private String pull(NetworkClient client, Pulled list, PrintWriter out) {
            Path target = dir.resolve(list.file() + ".ndjson");
            // a name that is no data file's, removed however the pull ends short (TemporaryFiles)
            Path part = dir.resolve("." + list.file() + ".ndjson.part");
            Listing listing;
            try {
                try (Writer w = TemporaryFiles.PROCESS.create(part, p -> Files.newBufferedWriter(p, StandardCharsets.UTF_8));
                        JsonGenerator json = new JsonFactory().createGenerator(w)) {
                    json.setRootValueSeparator(null);
                    listing = client.list(list.method(), Map.of(), LIMIT, maxPages, page -> write(list, page, json));
                }
                if (!(listing instanceof Listing.Done done)) {
                    return listing instanceof Listing.Failed failed
                            ? "page " + failed.page() + ": " + NetworkSettings.describe(failed.error()) + " (" + failed.action() + ") after "
                                    + failed.attempts() + (failed.attempts() == 1 ? " attempt" : " attempts")
                            : listing instanceof Listing.Invalid invalid
                            ? "not sent: " + invalid.report().errors().stream().map(v -> v.code().number() + " "
                                    + v.pointer() + " " + Printable.of(v.message())).collect(Collectors.joining("; "))
                            : "more than " + maxPages + " pages of " + LIMIT + " records (--max-pages)";
                }
                // what --data would refuse (an id "abc" or 0, one address on two ids) never replaces the file:
                // the folder would stop every lint until the next pull
                String name = list.file() + ".ndjson";
                List<String> unreadable = org.offerrules.validation.NetworkData.problems(part, name);
                if (!unreadable.isEmpty()) {
                    return list.method() + " answered " + (unreadable.size() == 1 ? "a record" : "records")
                            + " --data cannot read: record " + Printable.of(unreadable.get(0).substring(name.length() + 1))
                            + (unreadable.size() > 1 ? " (and " + (unreadable.size() - 1) + " more)" : "");
                }
                TemporaryFiles.PROCESS.moveOnto(part, target);
                out.println("pulled " + list.file() + ".ndjson  " + done.records() + (done.records() == 1 ? " record, " : " records, ") + done.pages()
                        + (done.pages() == 1 ? " page" : " pages"));
                for (String other : List.of(".json", ".csv")) {
                    if (Files.deleteIfExists(dir.resolve(list.file() + other))) {
                        out.println("removed " + list.file() + other + " (replaced by " + list.file() + ".ndjson)");
                    }
                }
                out.flush();
                return null;
            } catch (NetworkException | BadRecord e) {
                return Printable.of(e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                return "cannot write " + Printable.of(show(target)) + ": " + Printable.of(String.valueOf(e.getMessage()));
            } finally {
                try {
                    TemporaryFiles.PROCESS.delete(part); // none after the move
                } catch (IOException e) {
                    // left behind under a name --data does not read
                }
            }
        }

        /** One NDJSON line a record: its kept fields, as the API wrote them. */
        private static void write(Pulled list, List<Map<String, Object>> page, JsonGenerator json) {
            try {
                for (Map<String, Object> record : page) {
                    String keyField = list.fields().get(0);
                    for (String field : list.fields()) {
                        readable(list, field, record.get(field), field.equals(keyField));
                    }
                    json.writeStartObject();
                    for (String field : list.fields()) {
                        Object value = record.get(field);
                        if (value instanceof Number n) {
                            json.writeFieldName(field);
                            json.writeNumber(n.toString());
                        } else if (value != null) {
                            json.writeStringField(field, value.toString());
                        }
                    }
                    json.writeEndObject();
                    json.writeRaw('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A kept value the folder can read: the key, text or a whole number; another field (an e-mail), text
         * or none. Another would be written as no JSON ({@code Infinity}) or as Java's text of a list.
         */
        private static void readable(Pulled list, String field, Object value, boolean key) {
            if (value == null && key) {
                throw new BadRecord(list.method() + " answered a record without " + field);
            }
            boolean whole = value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
            if (value != null && !(value instanceof String) && !(key && whole)) {
                String kind = value instanceof List ? "a list" : value instanceof Map ? "an object" : String.valueOf(value);
                throw new BadRecord(list.method() + " answered a record whose " + field + " is " + kind + ", not "
                        + (key ? "a whole number" : "text"));
            }
        }

        private static String show(Path path) {
            return path.toString().replace('\\', '/');
        }
    }

    /** A record the folder could not index. */
    static final class BadRecord extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRecord(String message) {
            super(message);
        }
    }
}

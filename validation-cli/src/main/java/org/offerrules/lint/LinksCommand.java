package org.offerrules.lint;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.offerrules.linkcheck.AffiliTestClient;
import org.offerrules.linkcheck.AffiliTestException;
import org.offerrules.linkcheck.CaseResult;
import org.offerrules.linkcheck.Device;
import org.offerrules.linkcheck.LinkCase;
import org.offerrules.linkcheck.LinkPlan;
import org.offerrules.linkcheck.PlanOptions;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offer-lint links}: follows each valid offer's tracking URL from the countries and devices it
 * targets with the AffiliTest API, one call per case (see {@code docs/links.md}).
 */
@Command(name = "links", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Follows each valid offer's tracking URL from the countries and devices it targets with the "
                + "AffiliTest API (one call per case) and checks that it lands on its preview URL.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every case ok (or --dry-run)",
            "1:a case is mismatch, broken or error",
            "2:usage error, an unreadable path, a missing or bad API key, an authentication or permission failure, "
                    + "or a plan larger than the calls left"})
final class LinksCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files, folders (recursively: *.json, *.ndjson, *.form, *.query) and globs of offers.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--affilitest-url", paramLabel = "URL", defaultValue = "https://affilitest.com",
            description = "The API's base URL (default: ${DEFAULT-VALUE}).")
    String affiliTestUrl;

    @Option(names = "--api-key-env", paramLabel = "NAME", defaultValue = "AFFILITEST_API_KEY",
            description = "The environment variable holding the 64-byte API key (default: ${DEFAULT-VALUE}).")
    String apiKeyEnv;

    @Option(names = "--default-country", paramLabel = "CC", defaultValue = "us",
            description = "The country for offers without GEO targeting or with an exclusion list (default: ${DEFAULT-VALUE}).")
    String defaultCountry;

    @Option(names = "--default-device", paramLabel = "DEVICE", defaultValue = "desktop",
            description = "The device for offers that neither target devices nor have a type (default: ${DEFAULT-VALUE}).")
    String defaultDevice;

    @Option(names = "--click-id", paramLabel = "ID", defaultValue = "offer-rules-test",
            description = "The value of {TID} in the tracking URL; other macros become 'test' (default: ${DEFAULT-VALUE}).")
    String clickId;

    @Option(names = "--max-cases", paramLabel = "N", defaultValue = "20",
            description = "The most cases (calls) per offer (default: ${DEFAULT-VALUE}).")
    int maxCases;

    @Option(names = "--rate", paramLabel = "N/T", defaultValue = "50/30s", converter = RateOption.Rate.class,
            description = "At most N requests per window T, evenly spaced: 30s, 500ms, 1m (default: ${DEFAULT-VALUE}).")
    RateOption rate;

    @Option(names = "--timeout", paramLabel = "T", defaultValue = "60s", converter = RateOption.Time.class,
            description = "How long one request may take, a 429's pause included: 60s, 500ms (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4",
            description = "Requests in flight at once, all within --rate (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--dry-run", description = "Print the plan; send nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    LinksReport.Format format;

    @Option(names = "--no-progress", description = "Never draw the progress line.")
    boolean noProgress;

    /** Reads environment variables; tests replace it. */
    UnaryOperator<String> env = System::getenv;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PlanOptions options;
        try {
            Device device = Device.fromApiValue(defaultDevice).orElseThrow(() -> new IllegalArgumentException(
                    "--default-device is one of android, iphone, ipad, desktop, windowsPhone, blackberry"));
            options = new PlanOptions(defaultCountry, device, clickId, Map.of(), maxCases);
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }

        Inputs.Expansion inputs = Inputs.expand(paths);
        if (!inputs.problems().isEmpty()) {
            inputs.problems().forEach(p -> err.println("offer-lint links: " + Printable.of(p)));
            return OfferLint.USAGE;
        }
        if (inputs.files().isEmpty()) {
            err.println("offer-lint links: no file to lint (*.json, *.ndjson, *.form, *.query) in " + String.join(", ", paths));
            return OfferLint.USAGE;
        }
        LinksReport report = new LinksReport(format, spec.commandLine().getOut(), err);
        List<Planned> planned = new ArrayList<>();
        OfferReader reader = OfferReader.create();
        for (Path file : inputs.files()) {
            String name = file.toString().replace('\\', '/');
            try (DocumentStream documents = reader.documents(file)) {
                while (documents.hasNext()) {
                    Document document = documents.next();
                    int errors = document.result().report().errors().size();
                    if (!document.result().isValid() || document.result().offer() == null) {
                        report.skipped(name, document.index(), errors + (errors == 1 ? " error" : " errors")
                                + "; offer-lint " + name + " lists them");
                        continue;
                    }
                    LinkPlan plan = LinkPlan.of(document.result().offer(), options);
                    if (plan.cases().isEmpty()) {
                        report.skipped(name, document.index(), "no case: no url, or its targeting leaves no country "
                                + "or no device AffiliTest emulates");
                        continue;
                    }
                    report.offer(plan.omitted());
                    for (LinkCase c : plan.cases()) {
                        planned.add(new Planned(name, document.index(), c));
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("offer-lint links: cannot read " + Printable.of(name) + ": " + Printable.of(e.getMessage()));
                return OfferLint.USAGE;
            }
        }
        if (dryRun) {
            report.plan(planned);
            return OfferLint.OK;
        }
        if (planned.isEmpty()) {
            report.results(List.of(), 0);
            return OfferLint.OK;
        }

        String key = env.apply(apiKeyEnv);
        if (key == null || key.isEmpty()) {
            err.println("offer-lint links: " + apiKeyEnv + " is not set; it holds the AffiliTest API key (64 bytes)");
            return OfferLint.USAGE;
        }
        AffiliTestClient client;
        try {
            client = AffiliTestClient.builder().baseUrl(affiliTestUrl).apiKey(key).rate(rate.requests(), rate.window()).timeout(timeout).build();
        } catch (IllegalArgumentException e) {
            err.println("offer-lint links: " + e.getMessage().replace("the API key", "the API key in " + apiKeyEnv));
            return OfferLint.USAGE;
        }
        try {
            long left = client.callsLeft();
            if (left < planned.size()) {
                err.println("offer-lint links: the plan needs " + planned.size() + " calls (one per case) but AffiliTest has "
                        + left + " calls left; nothing was sent. Narrow it with --max-cases or fewer files, "
                        + "or see it with --dry-run.");
                return OfferLint.USAGE;
            }
        } catch (AffiliTestException e) {
            // no status when there was no answer, or one not understood (it printed "AffiliTest answered -1")
            err.println("offer-lint links: AffiliTest" + (e.status() > 0 ? " answered " + e.status() : "") + ": "
                    + Printable.of(e.getMessage()));
            return OfferLint.USAGE;
        }
        return run(client, planned, report, err);
    }

    private int run(AffiliTestClient client, List<Planned> planned, LinksReport report, PrintWriter err)
            throws IOException, InterruptedException {
        AtomicReference<AffiliTestException> stop = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger();
        boolean progress = !noProgress && Progress.interactive();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, planned.size()));
        List<Future<CaseResult>> futures = new ArrayList<>();
        try {
            for (Planned p : planned) {
                futures.add(pool.submit(() -> {
                    if (stop.get() != null) {
                        return null;
                    }
                    try {
                        return client.check(p.linkCase());
                    } catch (AffiliTestException e) {
                        stop.compareAndSet(null, e);
                        return null;
                    } finally {
                        int n = done.incrementAndGet();
                        if (progress) {
                            synchronized (err) {
                                err.print("\rchecked " + n + "/" + planned.size() + " cases");
                                err.flush();
                            }
                        }
                    }
                }));
            }
            List<LinksReport.Checked> results = new ArrayList<>();
            for (int i = 0; i < planned.size(); i++) {
                CaseResult result = futures.get(i).get();
                if (result != null) {
                    results.add(new LinksReport.Checked(planned.get(i).file(), planned.get(i).document(), result));
                }
            }
            if (progress) {
                err.print("\r\033[K");
                err.flush();
            }
            report.results(results, planned.size() - results.size());
            if (stop.get() != null) {
                err.println("offer-lint links: AffiliTest answered " + stop.get().status() + ": "
                        + Printable.of(stop.get().getMessage())
                        + "; the run stopped after " + results.size() + " of " + planned.size() + " cases");
                return OfferLint.USAGE;
            }
            return results.stream().allMatch(r -> r.result().status() == CaseResult.Status.OK) ? OfferLint.OK : OfferLint.FINDINGS;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A case of an offer, and where the offer is. */
    record Planned(String file, int document, LinkCase linkCase) {
    }
}

package org.offerrules.lint;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.offerrules.client.NetworkClient;
import org.offerrules.client.NetworkException;
import org.offerrules.client.Result;
import org.offerrules.validation.ClientAction;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.UnencodableValueException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offer-lint push}: lints every document, and only when all are valid sends them, in file order,
 * to the network with {@code offer-rules-client}, reporting per document what became of it. The key
 * comes from {@code OFFER_RULES_API_KEY}, never from an argument. With {@code --resume FILE} each
 * document sent is recorded in FILE as it goes, and a document recorded there is not sent again.
 */
@Command(name = "push", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Lints the documents and, when every one is valid, sends them to the network API in file order "
                + "(the key from " + NetworkSettings.KEY_ENV + "), reporting per document: created (new id), updated, "
                + "rejected (code, message), unsure (sent to be created, and the network may have created it: "
                + "no answer, or a server error) or not sent.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every document sent and accepted (or --dry-run)",
            "1:a document is not valid (nothing was sent), the network rejected one, or one is left unsure by an "
                    + "earlier run (--resume)",
            "2:usage error, an unreadable path, no key, a key or permission the network refused, a server still "
                    + "failing after the retries, a create left unsure, or the network not answering (the run stopped; "
                    + "--resume sends the rest)"})
final class PushCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files, folders (recursively: *.json, *.ndjson, *.form, *.query) and globs of request bodies.")
    List<String> paths = new ArrayList<>();

    @CommandLine.Mixin
    NetworkSettings settings = new NetworkSettings();

    @Option(names = "--request", paramLabel = "NAME", defaultValue = "setOffer",
            completionCandidates = RequestRules.Names.class,
            description = "The API request the documents are the body of (default: ${DEFAULT-VALUE}).")
    String request;

    @Option(names = "--mode", paramLabel = "create|update", defaultValue = "create",
            description = "Which rule set the documents are checked with (default: ${DEFAULT-VALUE}).")
    OfferLint.Mode mode;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Records every document sent in FILE as it goes; a document already recorded there is not "
                    + "sent again, nor one recorded unsure (look it up, then delete its line to send it). Pass the "
                    + "same FILE to the first run and to the re-run.")
    Path resume;

    @Option(names = "--dry-run", description = "Print the requests it would make, the key masked; send nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Request requestType = RequestRules.named(request, spec.commandLine());
        ValidationMode validationMode = mode == OfferLint.Mode.update ? ValidationMode.UPDATE : ValidationMode.CREATE;
        // what can fail without reading or writing a file fails first: a run without a key leaves no resume file
        Optional<NetworkClient.Builder> builder = Optional.empty();
        if (!dryRun && (builder = settings.client(spec.commandLine())).isEmpty()) {
            return OfferLint.USAGE;
        }

        Inputs.Expansion inputs = Inputs.expand(paths);
        if (!inputs.problems().isEmpty() || inputs.files().isEmpty()) {
            inputs.problems().forEach(p -> err.println("offer-lint push: " + Printable.of(p)));
            if (inputs.problems().isEmpty()) {
                err.println("offer-lint push: no file (*.json, *.ndjson, *.form, *.query) in " + String.join(", ", paths));
            }
            return OfferLint.USAGE;
        }
        List<Pending> pending = new ArrayList<>();
        int invalid = 0;
        OfferReader reader = OfferReader.builder().request(requestType.type()).mode(validationMode).build();
        for (Path file : inputs.files()) {
            String name = file.toString().replace('\\', '/');
            try (DocumentStream documents = reader.documents(file)) {
                while (documents.hasNext()) {
                    Document document = documents.next();
                    String where = name + "#" + document.index();
                    if (!document.result().isValid() || document.result().request() == null) {
                        invalid++;
                        invalid(out, where, document.result().report().errors());
                        continue;
                    }
                    Object body = document.result().request();
                    String form;
                    try {
                        form = OfferForm.write(body);
                    } catch (UnencodableValueException e) { // a lone surrogate: the form would send '?'
                        invalid++;
                        invalid(out, where, List.of(e.violation()));
                        continue;
                    }
                    pending.add(new Pending(where, body, where + "\t" + digest(form)));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("offer-lint push: cannot read " + Printable.of(name) + ": " + Printable.of(e.getMessage()));
                return OfferLint.USAGE;
            }
        }
        if (invalid > 0) {
            err.println("offer-lint push: " + invalid + " of " + (invalid + pending.size())
                    + " documents are not valid; nothing was sent");
            return OfferLint.FINDINGS;
        }
        Set<String> sent = new HashSet<>();
        Set<String> unsure = new HashSet<>();
        try {
            for (String line : resume != null && Files.exists(resume)
                    ? Files.readAllLines(resume, StandardCharsets.UTF_8) : List.<String>of()) {
                if (line.endsWith(UNSURE)) {
                    unsure.add(line.substring(0, line.length() - UNSURE.length()));
                } else {
                    sent.add(line);
                }
            }
            if (resume != null && !dryRun) {
                record(null); // a record that cannot be kept must fail before anything is sent, not after
            }
        } catch (IOException e) {
            err.println("offer-lint push: cannot use " + Printable.of(String.valueOf(resume)) + " as --resume: "
                    + Printable.of(String.valueOf(e.getMessage())) + "; nothing was sent");
            return OfferLint.USAGE;
        }
        if (dryRun) {
            for (Pending p : pending) {
                out.println((sent.contains(p.id()) ? "already sent " : unsure.contains(p.id()) ? "unsure "
                        : "would send ") + p.where() + "\n" + NetworkClient.describe(settings.network, requestType, p.body()));
            }
            return OfferLint.OK;
        }
        try (NetworkClient client = builder.get().validator(OfferValidator.builder().mode(validationMode).build()).build()) {
            return send(client, requestType, pending, sent, unsure, out, err);
        }
    }

    private int send(NetworkClient client, Request requestType, List<Pending> pending, Set<String> sent,
            Set<String> unsure, PrintWriter out, PrintWriter err) throws IOException {
        int rejected = 0;
        int done = 0;
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (sent.contains(p.id())) {
                out.println("already sent " + p.where());
                continue;
            }
            if (unsure.contains(p.id())) {
                // an earlier run sent it to be created and got no answer that says what became of it: sent again,
                // it may be made twice; the user looks it up and deletes its line to send it
                rejected++;
                out.println("unsure " + p.where() + "  an earlier run may have created it: look it up, then delete its "
                        + "line in " + Printable.of(String.valueOf(resume)) + " to send it");
                continue;
            }
            String stop;
            int notSent = i;
            boolean mayExist = false;
            try {
                Result result = client.send(requestType, p.body());
                if (result instanceof Result.Done ok) {
                    done++;
                    out.println((ok.httpStatus() == 201 ? "created " : ok.httpStatus() == 202 ? "updated " : "sent ")
                            + p.where() + ok.id().map(id -> "  id " + id)
                            // a create's answer is its new id (brief 3.1): one that is none is said, not left out
                            .orElse(ok.httpStatus() == 201 ? "  no id in the answer" : ""));
                    out.flush();
                    try {
                        record(p.id());
                        continue;
                    } catch (IOException e) {
                        // sent, but a re-run with --resume would send it again: say so, and send no more
                        stop = "sent " + p.where() + " but cannot record it in " + Printable.of(String.valueOf(resume))
                                + ": " + Printable.of(String.valueOf(e.getMessage()));
                        notSent = i + 1;
                    }
                } else if (result instanceof Result.Failed failed && !stops(failed)) {
                    rejected++;
                    // the code, two spaces, the message, as the report's columns; a bare HTTP status has no code
                    out.println("rejected " + p.where() + "  " + (failed.error().number() == 0 ? ""
                            : failed.error().number() + "  ") + Printable.of(failed.error().message()));
                    continue;
                } else if (result instanceof Result.Failed failed && failed.mayHaveCreated()) {
                    mayExist = true;
                    // no action named: RETRY beside "look it up before sending it again" would say both
                    stop = "the network failed: " + NetworkSettings.describe(failed.error()) + " after "
                            + attempts(failed.attempts())
                            + "; it may have created it, so it was not sent again: look it up before sending it again";
                } else {
                    stop = result instanceof Result.Failed failed
                            ? redirected(failed) ? "the network redirected the request: " + NetworkSettings.describe(failed.error())
                            : failed.action() == ClientAction.RETRY // a server still failing: no refusal, as data pull says it
                            ? "the network failed: " + NetworkSettings.describe(failed.error()) + " (RETRY) after "
                                    + attempts(failed.attempts())
                            : "the network refused the request: " + NetworkSettings.describe(failed.error()) + " ("
                                    + failed.action() + ")"
                            : "not valid for the client's checks: " + ((Result.Invalid) result).report();
                }
            } catch (NetworkException e) {
                stop = Printable.of(e.getMessage());
                mayExist = e.mayHaveCreated();
            }
            if (mayExist) {
                // sent to be created, and no answer says whether it was: neither "not sent" (a re-run would make it
                // twice) nor "sent"; recorded unsure, so that a re-run with --resume does not send it blindly
                out.println("unsure " + p.where() + "  the network may have created it");
                notSent = i + 1;
                try {
                    record(p.id() + UNSURE);
                } catch (IOException e) {
                    stop += "; cannot record it in " + Printable.of(String.valueOf(resume)) + ": "
                            + Printable.of(String.valueOf(e.getMessage()));
                }
            }
            for (int j = notSent; j < pending.size(); j++) {
                if (!sent.contains(pending.get(j).id()) && !unsure.contains(pending.get(j).id())) {
                    out.println("not sent " + pending.get(j).where());
                }
            }
            out.flush();
            err.println("offer-lint push: " + stop + "; stopped at " + p.where() + " after " + done + " sent");
            return OfferLint.USAGE;
        }
        return rejected > 0 ? OfferLint.FINDINGS : OfferLint.OK;
    }

    /**
     * A key or permission the network refused, a throttle retrying did not cure, or a redirect (not followed:
     * every request would be sent elsewhere, and each offer was "rejected" in turn as if its content were
     * wrong): the rest would fail too.
     */
    private static boolean stops(Result.Failed failed) {
        return failed.action() != ClientAction.FIX_REQUEST || redirected(failed);
    }

    private static boolean redirected(Result.Failed failed) {
        return failed.error().httpStatus() >= 300 && failed.error().httpStatus() <= 399;
    }

    /**
     * The end of a resume file's line of a document sent to be created whose fate no answer told (a tab, then
     * {@code unsure}): a re-run does not send it.
     */
    static final String UNSURE = "\tunsure";

    /** Appends {@code line} (a document's id, maybe {@link #UNSURE}) to the resume file; with null, only opens it for appending. */
    private void record(String line) throws IOException {
        if (resume == null) {
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(resume, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            if (line != null) {
                w.write(line);
                w.newLine();
            }
        }
    }

    /** One line a finding of a document that is not sent: its code, pointer and message. */
    private static void invalid(PrintWriter out, String where, List<Violation> errors) {
        for (Violation v : errors) {
            out.println("invalid " + where + "  " + v.code().number() + " " + v.pointer() + "  " + Printable.of(v.message()));
        }
    }

    /** The body's digest: a document changed since it was sent is sent again. */
    private static String digest(String form) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(form.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    /** A valid document to send: where it is, its body, and its line in the resume file. */
    record Pending(String where, Object body, String id) {
    }

    /** {@code 1 attempt}, {@code 3 attempts}. */
    private static String attempts(int n) {
        return n + (n == 1 ? " attempt" : " attempts");
    }
}

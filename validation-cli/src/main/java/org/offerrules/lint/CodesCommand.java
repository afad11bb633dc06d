package org.offerrules.lint;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.offerrules.validation.CheckKind;
import org.offerrules.validation.ErrorCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code offer-lint codes}: the whole error-code catalog. */
@Command(name = "codes", mixinStandardHelpOptions = true,
        description = "Prints the whole error-code catalog: code, message, family, HTTP status, client "
                + "action, and how it is checked (offline, lookup, server, transport); as JSON also the requests "
                + "(API methods) whose rules report it.")
final class CodesCommand implements Callable<Integer> {

    @ParentCommand
    OfferLint parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { text, json }

    @Option(names = "--data", paramLabel = "DIR",
            description = "The network's data folder: says which lookup codes it answers (active) and which stay "
                    + "skipped.")
    java.nio.file.Path data;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Set<Integer> active = null;
        if (data != null) {
            org.offerrules.validation.NetworkData network = DataFolder.load(data, spec.commandLine().getErr());
            if (network == null) {
                return OfferLint.USAGE;
            }
            active = DataFolder.activeCodes(network);
        }
        // an offline code with a lookup rule (6387) is a lookup the folder answers or not, as are the LOOKUP codes
        Set<Integer> lookups = new TreeSet<>(DataFolder.askedCodes());
        ErrorCode.all().stream().filter(code -> code.check() == CheckKind.LOOKUP)
                .forEach(code -> lookups.add(code.number()));
        if (format == Format.json) {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                for (ErrorCode code : ErrorCode.all()) {
                    json.writeStartObject();
                    json.writeNumberField("code", code.number());
                    json.writeStringField("message", code.messageTemplate());
                    json.writeStringField("family", code.family().name().toLowerCase(Locale.ROOT));
                    json.writeNumberField("httpStatus", code.httpStatus());
                    json.writeStringField("action", code.action().name().toLowerCase(Locale.ROOT));
                    json.writeStringField("check", code.check().name().toLowerCase(Locale.ROOT));
                    if (active != null && lookups.contains(code.number())) {
                        json.writeBooleanField("active", active.contains(code.number()));
                    }
                    json.writeArrayFieldStart("requests");
                    for (String method : RequestRules.requestsOf(code.number())) {
                        json.writeString(method);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            out.println(text);
        } else {
            out.printf("%-6s %-11s %-4s %-16s %-9s %s%n", "code", "family", "http", "action", "check", "message");
            for (ErrorCode code : ErrorCode.all()) {
                out.printf(Locale.ROOT, "%-6d %-11s %-4d %-16s %-9s %s%n", code.number(),
                        code.family().name().toLowerCase(Locale.ROOT), code.httpStatus(),
                        code.action().name().toLowerCase(Locale.ROOT),
                        code.check().name().toLowerCase(Locale.ROOT), code.messageTemplate());
            }
            if (active != null) {
                out.println();
                out.println("lookups answered by " + data + ": " + (active.isEmpty() ? "none" : active.stream()
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(" "))));
                out.println("lookups skipped: " + skipped(lookups, active));
            }
        }
        out.flush();
        return OfferLint.OK;
    }

    /** The lookup codes the data does not answer. */
    private static String skipped(Set<Integer> lookups, Set<Integer> active) {
        StringBuilder codes = new StringBuilder();
        for (int code : lookups) {
            if (!active.contains(code)) {
                codes.append(codes.length() == 0 ? "" : " ").append(code);
            }
        }
        return codes.length() == 0 ? "none" : codes.toString();
    }
}

package org.offerrules.lint;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Rule;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code offer-lint explain CODE}: one code in full. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains one error code: meaning, family, HTTP status, client action, the rules "
                + "that report it, and a failing and a passing example.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "An error code, e.g. 6399, or a house code given by "
            + "--house-rules or --plugin, e.g. ACME-1.")
    String id;

    @CommandLine.Mixin
    HouseRuleOptions house = new HouseRuleOptions();

    @Override
    public Integer call() {
        if (!id.matches("[0-9]{1,9}")) {
            return HouseRuleExplainer.explain(id, house, spec.commandLine());
        }
        int number = Integer.parseInt(id);
        Optional<ErrorCode> found = ErrorCode.find(number);
        if (found.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    number + " is not an error code of the API's dictionary (see `offer-lint codes`)");
        }
        ErrorCode code = found.get();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d  %s%n%n", code.number(), code.heading());
        out.printf("family:        %s%n", code.family().name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "HTTP status:   %d (what the network API answers)%n", code.httpStatus());
        out.printf("client action: %s%n", code.action().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        out.printf("retryable:     %s%n", code.action().retryable() ? "yes" : "no");
        out.printf("checked:       %s%n", switch (code.check()) {
            case OFFLINE -> "offline: an input rule";
            case LOOKUP -> "by lookup: needs the network's data (OfferLookup in the Java API)";
            case SERVER -> "only by the server";
            case TRANSPORT -> "by the HTTP call (path, method, keys), not the request body: the HTTP client's concern";
        } + (org.offerrules.validation.BatchCheck.codes().contains(code.number())
                ? "; and across the documents of one run (the batch check)" : ""));
        List<RequestRules.Of> rules = RequestRules.rulesOf(code.number());
        out.println();
        if (rules.isEmpty()) {
            out.println("rule: no rule of offer-lint reports this code"
                    + (code.check() == org.offerrules.validation.CheckKind.OFFLINE
                    ? " (it belongs to a request offer-lint does not check yet)." : "."));
        } else {
            out.printf("requests:      %s%n", String.join(", ", RequestRules.requestsOf(code.number())));
            out.println("rules:");
            for (RequestRules.Of of : rules) {
                Rule rule = of.rule();
                String where = (of.method().equals("setOffer") ? "" : of.method() + " ")
                        + (rule.pointer().isEmpty() ? "/" : rule.pointer());
                out.printf("  %-28s %s%s%n", where, switch (rule.kind()) {
                    case ANNOTATION -> "";
                    case READER -> "reader: ";
                    case LOOKUP -> "lookup, only with an OfferLookup: ";
                    case BATCH -> "batch, across one run: ";
                }, rule.sentence());
            }
            if (rules.stream().anyMatch(of -> of.rule().kind() == Rule.Kind.BATCH)) {
                out.println(org.offerrules.validation.BatchCheck.CHECKED);
            }
        }
        Examples.of(code.number()).ifPresent(example -> out.printf("%n%s%n%n(The *minimal* and *full* offers are "
                + "shown at the top of docs/rules.md.)%n", example));
        out.printf("%nhelp: %s%n", SarifReport.help(code));
        out.flush();
        return OfferLint.OK;
    }
}

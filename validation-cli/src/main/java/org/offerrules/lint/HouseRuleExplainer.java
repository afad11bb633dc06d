package org.offerrules.lint;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.offerrules.validation.HouseRule;

import picocli.CommandLine;

/**
 * {@code offer-lint explain ACME-1}: a house rule, from the same {@code --house-rules} and {@code --plugin}, or
 * from the configuration file that applies in the working folder.
 */
final class HouseRuleExplainer {

    private HouseRuleExplainer() {
    }

    static int explain(String id, HouseRuleOptions house, CommandLine command) {
        List<HouseRule> rules = new java.util.ArrayList<>();
        try {
            rules.addAll(house.load());
            org.offerrules.validation.config.ConfigFile.find(java.nio.file.Path.of("").toAbsolutePath())
                    .map(org.offerrules.validation.config.ConfigFile::load)
                    .ifPresent(config -> rules.addAll(config.houseRules()));
        } catch (HouseRuleOptions.Bad | org.offerrules.validation.config.ConfigException e) {
            command.getErr().println("offer-lint: " + Printable.of(e.getMessage()));
            command.getErr().flush();
            return OfferLint.USAGE;
        }
        HouseRule rule = rules.stream().filter(r -> r.code().id().equals(id)).findFirst().orElseThrow(() ->
                new CommandLine.ParameterException(command, id + " is neither an error code of the API's dictionary "
                        + "(see `offer-lint codes`) nor a house code of the given --house-rules and --plugin or of the configuration file ("
                        + (rules.isEmpty() ? "none" : String.join(", ", rules.stream().map(r -> r.code().id()).toList()))
                        + ")"));
        PrintWriter out = command.getOut();
        out.printf("%s  %s%n%n", id, rule.code().messageTemplate());
        out.printf("family:        house (your team's rule, not the network API's)%n");
        out.printf("request:       %s%n", rule.request().method());
        out.printf("severity:      %s%n", rule.severity().name().toLowerCase(Locale.ROOT));
        out.printf("%nrules:%n  %-28s %s%n", rule.pointer().isEmpty() ? "(in Java)" : rule.pointer(), rule.sentence());
        out.printf("%nhelp: %s%n", SarifReport.help(rule.code()));
        out.flush();
        return OfferLint.OK;
    }
}

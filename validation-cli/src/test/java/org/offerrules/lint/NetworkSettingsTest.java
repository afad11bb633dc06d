package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ApiError;

import picocli.CommandLine;

class NetworkSettingsTest {

    /** push and data pull said a bare 500 as "HTTP 500 HTTP 500" and "0 HTTP 500". */
    @Test
    void anAnswerIsSaidWithItsCodeOrItsStatusOnce() {
        assertThat(NetworkSettings.describe(ApiError.decode(500, null, null))).isEqualTo("HTTP 500");
        assertThat(NetworkSettings.describe(ApiError.decode(502, null, "Bad Gateway"))).isEqualTo("HTTP 502 Bad Gateway");
        assertThat(NetworkSettings.describe(ApiError.decode(400, 6012, "Invalid API Key"))).isEqualTo("6012 Invalid API Key");
        // a server that words its bare status as the client would: once, too
        assertThat(NetworkSettings.describe(ApiError.decode(503, null, "HTTP 503"))).isEqualTo("HTTP 503");
        assertThat(NetworkSettings.describe(ApiError.decode(503, null, "HTTP 500"))).isEqualTo("HTTP 503 HTTP 500");
    }

    /** offer-lint with an environment without the key. */
    private static CommandLine withoutKey() {
        CommandLine cli = OfferLint.commandLine();
        ((PushCommand) cli.getSubcommands().get("push").getCommand()).settings.env = name -> null;
        ((DataCommand.Pull) cli.getSubcommands().get("data").getSubcommands().get("pull").getCommand()).settings.env =
                name -> null;
        return cli;
    }

    /** Both commands read --network and the key in one place, the mixin, and say a missing one alike. */
    @Test
    void theNetworkAndTheKeyAreTheMixinsAndTheirAbsenceIsSaidAlikeByBothCommands() {
        CommandLine cli = withoutKey();
        for (CommandLine command : List.of(cli.getSubcommands().get("push"),
                cli.getSubcommands().get("data").getSubcommands().get("pull"))) {
            CommandLine.Model.CommandSpec mixin = command.getCommandSpec().mixins().get("settings");
            assertThat(mixin).as(command.getCommandName()).isNotNull();
            assertThat(mixin.findOption("--network")).as(command.getCommandName()).isNotNull();
        }
        Map<String, List<String>> commands = Map.of(
                "offer-lint push", List.of("push", "--network", "http://127.0.0.1:9", "../docs/examples/valid-offer.json"),
                "offer-lint data pull", List.of("data", "pull", "--network", "http://127.0.0.1:9", "target/never-pulled"));
        commands.forEach((name, args) -> {
            Cli run = Cli.run(withoutKey(), args.toArray(String[]::new));
            assertThat(run.status()).as(name).isEqualTo(OfferLint.USAGE);
            assertThat(run.err()).isEqualTo(name + ": " + NetworkSettings.KEY_ENV
                    + " is not set; it holds the network's API key\n");
            assertThat(run.out()).isEmpty();

            Cli noNetwork = Cli.run(withoutKey(), args.stream().filter(a -> !a.equals("--network") && !a.startsWith("http"))
                    .toArray(String[]::new));
            assertThat(noNetwork.status()).as(name).isEqualTo(OfferLint.USAGE);
            assertThat(noNetwork.err()).isEqualTo(name + ": Missing required option: '--network=URL' (" + name
                    + " --help lists the options)\n");
        });
        assertThat(java.nio.file.Path.of("target/never-pulled")).doesNotExist();
    }

    /**
     * A bad --rate or --timeout is picocli's parameter error, naming the option, before anything else
     * (the key included): it used to be read by building a whole client, after the key was checked.
     */
    @Test
    void aBadRateOrTimeoutIsAParameterErrorNamingTheOption() {
        Map<String, List<String>> commands = Map.of(
                "offer-lint push", List.of("push", "--network", "http://127.0.0.1:9", "target/no-such-file.json"),
                "offer-lint data pull", List.of("data", "pull", "--network", "http://127.0.0.1:9", "target/never-pulled"));
        Map<String, String> bad = Map.of(
                "--rate=fast", "Invalid value for option '--rate': a rate is N/Ts, N/Tms or N/Tm (e.g. 50/30s), not 'fast'",
                "--rate=0/1s", "Invalid value for option '--rate': a rate needs at least 1 request in a positive window",
                "--timeout=0s", "Invalid value for option '--timeout': a time is Ts, Tms or Tm (e.g. 30s), more than zero, not '0s'");
        commands.forEach((name, args) -> bad.forEach((option, message) -> {
            List<String> all = new java.util.ArrayList<>(args);
            all.add(all.size() - 1, option);
            Cli run = Cli.run(withoutKey(), all.toArray(String[]::new));
            assertThat(run.status()).as(name + " " + option).isEqualTo(OfferLint.USAGE);
            assertThat(run.err()).isEqualTo(name + ": " + message + " (" + name + " --help lists the options)\n");
            assertThat(run.out()).isEmpty();
        }));
        Cli links = Cli.run("links", "--timeout=soon", "--dry-run", "../docs/examples/valid-offer.json");
        assertThat(links.status()).isEqualTo(OfferLint.USAGE);
        assertThat(links.err()).startsWith("offer-lint links: Invalid value for option '--timeout': a time is Ts");
        assertThat(java.nio.file.Path.of("target/never-pulled")).doesNotExist();
    }

    @Test
    void aNetworkThatIsNoHttpAddressIsAUsageError() {
        CommandLine cli = OfferLint.commandLine();
        ((DataCommand.Pull) cli.getSubcommands().get("data").getSubcommands().get("pull").getCommand()).settings.env =
                name -> "key";
        Cli run = Cli.run(cli, "data", "pull", "--network", "ftp://example.com", "target/never-pulled");
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).isEqualTo("offer-lint data pull: the base URL must be http(s)://host: ftp://example.com "
                + "(offer-lint data pull --help lists the options)\n");
        assertThat(java.nio.file.Path.of("target/never-pulled")).doesNotExist();
    }
}

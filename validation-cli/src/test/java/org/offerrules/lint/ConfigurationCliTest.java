package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.fixtures.Configurations;

/** {@code .offer-lint.yaml} in offer-lint: found by walking up, its levels, overrides and errors (issue 25). */
class ConfigurationCliTest {

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".offer-lint.yaml"), Configurations.DONE_WHEN);
        Files.createDirectories(repo.resolve("offers/legacy"));
        Files.createDirectories(repo.resolve("advertisers"));
        Files.writeString(repo.resolve("offers/offer.json"), Configurations.offer(true));
        Files.writeString(repo.resolve("advertisers/acme.json"), Configurations.ADVERTISER);
    }

    private static List<String> findings(Cli cli) {
        return cli.out().lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning) .*")).toList();
    }

    @Test
    void anUnknownFieldIsAWarningAndABadAppIdIsOff() {
        Cli cli = Cli.run("--no-progress", repo.resolve("offers/offer.json").toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(findings(cli)).singleElement().asString().contains("warning 6820 ").contains("(/colour)");
        Cli without = Cli.run("--no-progress", "--no-config", repo.resolve("offers/offer.json").toString());
        assertThat(without.status()).isEqualTo(1);
        assertThat(findings(without)).anySatisfy(l -> assertThat(l).contains("error 63993 "));
    }

    @Test
    void anOverrideTurns6313OffUnderLegacyOnly() throws IOException {
        String noToken = Configurations.offer(false);
        Files.writeString(repo.resolve("legacy-offer.json"), noToken); // not under legacy/: the override is relative
        Files.createDirectories(repo.resolve("legacy"));
        Files.writeString(repo.resolve("legacy/old.json"), noToken);
        Files.writeString(repo.resolve("offers/legacy/old.json"), noToken); // offers/legacy is not legacy/**
        Cli cli = Cli.run("--no-progress", repo.toString());
        assertThat(findings(cli)).filteredOn(l -> l.contains(" 6313 "))
                .extracting(l -> repo.relativize(Path.of(l.substring(0, l.indexOf(':')))).toString().replace('\\', '/'))
                .containsExactly("legacy-offer.json", "offers/legacy/old.json");
        assertThat(cli.status()).isEqualTo(1);
    }

    @Test
    void advertisersAreLintedAsSetAdvertiserWithoutRequest() {
        Cli cli = Cli.run("--no-progress", repo.resolve("advertisers").toString());
        assertThat(cli.status()).as(cli.out()).isZero();
        assertThat(findings(cli)).isEmpty();
        // the command line's --request beats the file's override
        Cli asOffers = Cli.run("--no-progress", "--request", "setOffer", repo.resolve("advertisers").toString());
        assertThat(asOffers.status()).isEqualTo(1);
        assertThat(findings(asOffers)).hasSizeGreaterThan(5);
    }

    @Test
    void configGivesTheFileForEveryPath(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("strict.yaml"), "rules:\n  \"6820\": error\n");
        Cli cli = Cli.run("--no-progress", "--config", elsewhere.resolve("strict.yaml").toString(),
                repo.resolve("offers/offer.json").toString());
        assertThat(cli.status()).isEqualTo(1);
        assertThat(findings(cli)).anySatisfy(l -> assertThat(l).contains("error 6820 "))
                .anySatisfy(l -> assertThat(l).contains("error 63993 "));
    }

    @Test
    void aBadFileIsStatus2WithOneLine() throws IOException {
        Files.writeString(repo.resolve(".offer-lint.yaml"), "rules:\n  \"6820\": warning\n  \"68200\": off\n");
        Cli cli = Cli.run("--no-progress", repo.resolve("offers/offer.json").toString());
        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err()).isEqualTo("offer-lint: " + repo.resolve(".offer-lint.yaml") + ":3: rules.\"68200\": "
                + "no error code 68200 in the catalog; did you mean 6820? (offer-lint codes lists them)"
                + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void configAndNoConfigExcludeEachOther() {
        Cli cli = Cli.run("--no-progress", "--no-config", "--config", "x.yaml", repo.toString());
        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err().lines()).containsExactly("offer-lint: --config and --no-config exclude each other");
    }
}

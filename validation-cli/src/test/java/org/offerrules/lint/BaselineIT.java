package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/** Baselines and the papercuts through the packaged jar, as CI runs them. */
class BaselineIT {

    @Test
    void aBaselineFailsOnlyOnTheNewMistakeAsAProcess(@TempDir Path dir) throws Exception {
        Catalogue catalogue = new Catalogue(30, 10, 4);
        Path offers = catalogue.writeIn(dir);
        Path baseline = dir.resolve("offer-lint-baseline.json");

        OfferLintIT.Run written = OfferLintIT.run("--no-progress", "--write-baseline", baseline.toString(), offers.toString());
        assertThat(written.status()).as(written.err()).isZero();
        assertThat(Files.readString(baseline)).contains("\"file\":\"offers/offers-00.json\"");

        List<Offer> file3 = catalogue.files.get(3);
        file3.set(1, file3.get(1).toBuilder().currency(99).build()); // new
        List<Offer> file0 = catalogue.files.get(0);
        file0.set(0, Offers.minimal().toBuilder().name("Offer 0").build()); // fixed
        catalogue.write(offers, true);

        OfferLintIT.Run run = OfferLintIT.run("--no-progress", "--baseline", baseline.toString(), offers.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(OfferLint.FINDINGS);
        assertThat(run.out().lines().filter(l -> l.contains(": error ")).toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith(offers.resolve("offers-03.json") + ":")
                        .contains("error 6324 ").endsWith("(/currency)"));
        assertThat(run.out()).containsPattern("baselined, fixed\\s+1\\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpAndAMistypedOptionAsAProcess() throws Exception {
        OfferLintIT.Run help = OfferLintIT.run("help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: offer-lint ");

        OfferLintIT.Run typo = OfferLintIT.run("--frmat", "json", "offers/");
        assertThat(typo.status()).isEqualTo(OfferLint.USAGE);
        assertThat(typo.err()).hasLineCount(1).contains("did you mean --format?");
        assertThat(typo.out()).isEmpty();
    }
}

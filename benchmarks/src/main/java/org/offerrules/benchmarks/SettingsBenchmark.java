package org.offerrules.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.RuleSettings.Level;
import org.offerrules.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The compiled path with rule settings (issue 25): {@code withoutConfiguration} is
 * {@code OfferValidator.create()}; {@code withTwentyOverrides} is a validator built with two top-level
 * levels and 20 overrides, for a file three of them match (one turns a family off and another a
 * code's level down), as offer-lint runs each file of a catalogue with a {@code .offer-lint.yaml}.
 * One offer per operation, as in {@link ValidateBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class SettingsBenchmark {

    /** The file the configured validator is for: matched by the overrides of offers/**, offers/eu/** and **.json. */
    static final Path FILE = Path.of("offers/eu/summer.json");

    private OfferValidator plain;
    private OfferValidator configured;

    /** Two top-level levels and 20 overrides, three of which match {@link #FILE}. */
    static RuleSettings twentyOverrides() {
        RuleSettings.Builder settings = RuleSettings.builder()
                .rule("6820", Level.WARNING)
                .rule("63993", Level.OFF);
        for (int i = 0; i < 17; i++) {
            settings.override(RuleSettings.FileOverride.files("team-" + i + "/**", "archive/" + i + "/*.json")
                    .rule("6313", Level.OFF));
        }
        settings.override(RuleSettings.FileOverride.files("offers/**").rule("campaign", Level.OFF));
        settings.override(RuleSettings.FileOverride.files("offers/eu/**").rule("6324", Level.WARNING));
        settings.override(RuleSettings.FileOverride.files("**.json").rule("6399", Level.ERROR));
        return settings.build();
    }

    @Setup
    public void setUp() {
        plain = OfferValidator.create();
        configured = OfferValidator.builder().settings(twentyOverrides()).build().forFile(FILE);
    }

    @Benchmark
    public ValidationReport withoutConfiguration(DataSet data, Cursor cursor) {
        return plain.validate(data.offers[cursor.next()]);
    }

    @Benchmark
    public ValidationReport withTwentyOverrides(DataSet data, Cursor cursor) {
        return configured.validate(data.offers[cursor.next()]);
    }
}

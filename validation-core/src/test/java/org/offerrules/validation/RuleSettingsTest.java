package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.RuleSettings.Level;
import org.offerrules.validation.RuleSettings.FileOverride;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/** Levels by code and family, overrides by glob, resolved when the validator is built (issue 25). */
class RuleSettingsTest {

    /** Two errors: 6309 at /name and 6319 at /ssl, both of the offer family. */
    private static final Offer TWO_ERRORS = Offers.minimal().toBuilder().name("").ssl(2).build();

    private static List<String> report(OfferValidator validator) {
        return validator.validate(TWO_ERRORS).violations().stream()
                .map(v -> v.severity() + " " + v.codeNumber() + " " + v.pointer()).toList();
    }

    @ParameterizedTest
    @EnumSource(OfferValidator.Engine.class)
    void aCodesLevelBeatsItsFamilysWhateverTheOrder(OfferValidator.Engine engine) {
        RuleSettings settings = RuleSettings.builder().rule("6319", Level.ERROR).rule("offer", Level.WARNING).build();
        assertThat(report(OfferValidator.builder().engine(engine).settings(settings).build()))
                .containsExactly("WARNING 6309 /name", "ERROR 6319 /ssl");
        RuleSettings off = RuleSettings.builder().rule("OFFER", Level.OFF).build();
        assertThat(report(OfferValidator.builder().engine(engine).settings(off).build())).isEmpty();
    }

    @Test
    void overridesApplyToTheFilesTheyMatchAndALaterOneWins() {
        RuleSettings settings = RuleSettings.builder()
                .rule("6309", Level.WARNING)
                .override(FileOverride.files("legacy/**").rule("6319", Level.OFF))
                .override(FileOverride.files("legacy/2019/*.json").rule("6319", Level.WARNING).mode(ValidationMode.UPDATE))
                .build();
        OfferValidator validator = OfferValidator.builder().settings(settings).build();
        assertThat(report(validator)).containsExactly("WARNING 6309 /name", "ERROR 6319 /ssl");
        assertThat(report(validator.forFile(Path.of("legacy/a/b.json")))).containsExactly("WARNING 6309 /name");
        OfferValidator y2019 = validator.forFile(Path.of("legacy/2019/x.json"));
        assertThat(y2019.mode()).isEqualTo(ValidationMode.UPDATE);
        assertThat(y2019.validate(TWO_ERRORS).codeNumbers()).contains(6301); // update mode: no id
        assertThat(report(validator.forFile(Path.of("new/x.json")))).isEqualTo(report(validator));
        // files matching the same overrides share one validator; one matching none is the validator itself
        assertThat(validator.forFile(Path.of("legacy/c.json"))).isSameAs(validator.forFile(Path.of("legacy/d/e.json")));
        assertThat(validator.forFile(Path.of("new/x.json"))).isSameAs(validator);
        assertThat(y2019.forFile(Path.of("new/x.json"))).isSameAs(validator);
    }

    @Test
    void absoluteFilesAreMatchedRelativeToTheBase() {
        Path base = Path.of("/repo").toAbsolutePath();
        RuleSettings settings = RuleSettings.builder().base(base)
                .override(FileOverride.files("legacy/**").rule("6319", Level.OFF)).build();
        assertThat(settings.resolve(base.resolve("legacy/a.json")).level(ErrorCode.of(6319))).contains(Level.OFF);
        assertThat(settings.resolve(base.resolve("other/legacy/a.json")).level(ErrorCode.of(6319))).isEmpty();
        assertThat(settings.resolve(Path.of("/elsewhere/legacy/a.json").toAbsolutePath()).keepsLevels()).isTrue();
    }

    @Test
    void aReadersFindingsTakeTheValidatorsLevels() {
        OfferValidator validator = OfferValidator.builder()
                .settings(RuleSettings.builder().rule("6820", Level.ERROR).rule("6055", Level.OFF).build()).build();
        Violation unknown = Violation.of(ErrorCode.of(6820), "/colour", null).withSeverity(Severity.WARNING);
        Violation malformed = Violation.of(ErrorCode.of(6055), "", null);
        assertThat(validator.applySettings(List.of(unknown, malformed))).containsExactly(unknown.withSeverity(Severity.ERROR));
        List<Violation> same = List.of(unknown);
        assertThat(OfferValidator.create().applySettings(same)).isSameAs(same);
    }

    /** An input without a document had nothing checked: its finding stays an error whatever its code's level. */
    @Test
    void anInputWithoutADocumentIsNotLeveled() {
        Violation empty = org.offerrules.validation.spi.ReaderCodes.noDocument(new Violation(ErrorCode.of(6055), "",
                "Invalid json data: no JSON document in the input", Severity.ERROR, null, Map.of(), 3, 1));
        Violation noBody = org.offerrules.validation.spi.ReaderCodes.noDocument(new Violation(ErrorCode.of(6820), "",
                "no form body", Severity.ERROR, null, Map.of(), 1, 1));
        Violation malformed = Violation.of(ErrorCode.of(6055), "", null).at(1, 2);
        for (Level level : Level.values()) {
            OfferValidator validator = OfferValidator.builder()
                    .settings(RuleSettings.builder().rule("6055", level).rule("general", level).build()).build();
            assertThat(validator.applySettings(List.of(empty, noBody, malformed))).as(level.name())
                    .extracting(Violation::codeNumber, Violation::severity, Violation::line)
                    .startsWith(org.assertj.core.api.Assertions.tuple(6055, Severity.ERROR, 3),
                            org.assertj.core.api.Assertions.tuple(6820, Severity.ERROR, 1))
                    .hasSize(level == Level.OFF ? 2 : 3);
        }
        assertThat(org.offerrules.validation.spi.ReaderCodes.isNoDocument(empty)).isTrue();
        assertThat(org.offerrules.validation.spi.ReaderCodes.isNoDocument(malformed)).isFalse();
    }

    @Test
    void badKeysSaySoWithASuggestion() {
        assertThatThrownBy(() -> RuleSettings.builder().rule("68200", Level.OFF))
                .hasMessage("no error code 68200 in the catalog; did you mean 6820? (offer-lint codes lists them)");
        assertThatThrownBy(() -> RuleSettings.builder().rule("6041", Level.OFF))
                .hasMessageStartingWith("6041 (Frequent Limitation) is not checked offline but only by the server");
        assertThatThrownBy(() -> RuleSettings.builder().rule("ofer", Level.OFF)).hasMessageEndingWith("did you mean offer?");
        assertThatThrownBy(() -> FileOverride.files("legacy/{a,b")).hasMessageEndingWith("did you mean legacy/{a,b}?");
        assertThatThrownBy(() -> FileOverride.files("/legacy/**")).hasMessageEndingWith("did you mean legacy/**?");
        assertThatThrownBy(() -> Level.of("of")).hasMessage("not a level (off, warning or error); did you mean off?");
    }
}

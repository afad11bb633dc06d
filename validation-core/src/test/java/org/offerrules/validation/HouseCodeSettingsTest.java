package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.RuleSettings.FileOverride;
import org.offerrules.validation.RuleSettings.Level;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/** A house code is a rule key like an API code: a level or off, scoped by overrides; an unknown one is refused. */
class HouseCodeSettingsTest {

    private static final HouseRule PREVIEW = HouseRule.define("ACME-1", "every offer has a {field}").required("preview_url");
    private static final HouseRule SHORT = HouseRule.define("ACME-2", "{field} too long").length("name", 1, 3);

    /** 6319 at /ssl, ACME-1 at /preview_url (none) and ACME-2 at /name (six letters). */
    private static final Offer OFFER = Offers.minimal().toBuilder().name("Summer").ssl(2).previewUrl(null).build();

    private static List<String> report(OfferValidator validator) {
        return validator.validate(OFFER).violations().stream()
                .map(v -> v.severity() + " " + v.code().id() + " " + v.pointer()).sorted().toList();
    }

    private static OfferValidator validator(OfferValidator.Engine engine, RuleSettings settings) {
        return OfferValidator.builder().engine(engine).houseRules(PREVIEW, SHORT).settings(settings).build();
    }

    @ParameterizedTest
    @EnumSource(OfferValidator.Engine.class)
    void aHouseCodesLevelTurnsItOffOrChangesItsSeverityBesideTheApisCodes(OfferValidator.Engine engine) {
        assertThat(report(validator(engine, RuleSettings.none())))
                .containsExactly("ERROR 6319 /ssl", "ERROR ACME-1 /preview_url", "ERROR ACME-2 /name");
        assertThat(report(validator(engine, RuleSettings.builder().rule("ACME-1", Level.OFF).rule("6319", Level.WARNING)
                .build()))).containsExactly("ERROR ACME-2 /name", "WARNING 6319 /ssl");
        // a code's level beats its family's, in either order; any case, as Spring Boot may bind it
        assertThat(report(validator(engine, RuleSettings.builder().rule("acme-2", Level.ERROR).rule("house", Level.WARNING)
                .build()))).containsExactly("ERROR 6319 /ssl", "ERROR ACME-2 /name", "WARNING ACME-1 /preview_url");
    }

    @Test
    void anOverrideScopesAHouseCodeAndALaterFamilyBeatsAnEarlierCode() {
        RuleSettings settings = RuleSettings.builder()
                .rule("ACME-1", Level.OFF)
                .override(FileOverride.files("legacy/**").rule("ACME-2", Level.WARNING))
                .override(FileOverride.files("strict/**").rule("house", Level.ERROR))
                .build();
        OfferValidator validator = validator(OfferValidator.Engine.COMPILED, settings);
        assertThat(report(validator)).containsExactly("ERROR 6319 /ssl", "ERROR ACME-2 /name");
        assertThat(report(validator.forFile(Path.of("legacy/a.json")))).containsExactly("ERROR 6319 /ssl",
                "WARNING ACME-2 /name");
        assertThat(report(validator.forFile(Path.of("strict/a.json")))).containsExactly("ERROR 6319 /ssl",
                "ERROR ACME-1 /preview_url", "ERROR ACME-2 /name");
        assertThat(settings.resolve("legacy/a.json").level(PREVIEW.code())).contains(Level.OFF);
        assertThat(settings.resolve("other.json").level(SHORT.code())).isEmpty();
    }

    @Test
    void aHouseCodeNoHouseRuleHasIsRefusedWhenTheValidatorIsBuilt() {
        RuleSettings settings = RuleSettings.builder()
                .override(FileOverride.files("legacy/**").rule("ACME-3", Level.OFF)).build();
        assertThatThrownBy(() -> validator(OfferValidator.Engine.COMPILED, settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules: ACME-3: no house rule has this code; did you mean ACME-1?");
        assertThatThrownBy(() -> OfferValidator.builder().settings(settings).build())
                .hasMessage("rules: ACME-3: no house rule has this code; none is given");
        assertThat(settings.houseCodes()).containsExactly("ACME-3");
        assertThatThrownBy(() -> RuleSettings.ruleKey("ACME-0")).hasMessageStartingWith(
                "neither an error code, a house code (PREFIX-n, such as ACME-1) nor an error family (");
    }
}

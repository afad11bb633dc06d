package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.RuleSettings.FileOverride;
import org.offerrules.validation.RuleSettings.Level;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.SetAdvertiser;

/** A batch's own findings (6113, 6207, 6006) take the rule settings' levels, as every other finding does. */
class BatchCheckLevelsTest {

    /** Advertiser 5 updated twice (6006 at the second), then a new advertiser with its address (6113). */
    private static final List<SetAdvertiser> BATCH = List.of(
            SetAdvertiser.builder().id(5).email("five@example.com").build(),
            SetAdvertiser.builder().id(5).email("five@example.com").build(),
            Requests.advertiser().toBuilder().email("Five@example.com").build());

    private static List<String> run(BatchCheck batch) {
        List<String> found = new ArrayList<>();
        for (SetAdvertiser advertiser : BATCH) {
            for (Violation v : batch.check(advertiser, List.of())) {
                found.add(v.severity() + " " + v.codeNumber() + " " + v.pointer());
            }
        }
        return found;
    }

    private static OfferValidator with(RuleSettings settings) {
        return OfferValidator.builder().settings(settings).build();
    }

    @Test
    void withoutSettingsTheyAreAtTheirRulesSeverities() {
        assertThat(run(new BatchCheck())).containsExactly("WARNING 6006 /id", "ERROR 6113 /email");
        assertThat(run(new BatchCheck(OfferValidator.create()))).containsExactly("WARNING 6006 /id", "ERROR 6113 /email");
    }

    @Test
    void aCodesLevelTurnsThemOffOrChangesTheirSeverity() {
        assertThat(run(new BatchCheck(with(RuleSettings.builder().rule("6006", Level.OFF).build()))))
                .containsExactly("ERROR 6113 /email");
        assertThat(run(new BatchCheck(with(RuleSettings.builder().rule("6006", Level.ERROR)
                .rule("6113", Level.WARNING).build())))).containsExactly("ERROR 6006 /id", "WARNING 6113 /email");
        assertThat(run(new BatchCheck(with(RuleSettings.builder().rule("advertiser", Level.OFF)
                .rule("request", Level.OFF).build())))).isEmpty();
    }

    @Test
    void aFilesOverrideAppliesToTheDocumentsOfThatFileOnly() {
        OfferValidator validator = with(RuleSettings.builder()
                .override(FileOverride.files("legacy/**").rule("6006", Level.OFF).rule("6113", Level.WARNING)).build());
        OfferValidator legacy = validator.forFile(Path.of("legacy/a.ndjson"));
        BatchCheck batch = new BatchCheck();
        List<Violation> found = new ArrayList<>();
        // the second update in a legacy file, the third document in another file
        found.addAll(batch.check(BatchCheck.claimsOf(BATCH.get(0)), List.of(), validator));
        found.addAll(batch.check(BatchCheck.claimsOf(BATCH.get(1)), List.of(), legacy));
        found.addAll(batch.check(BatchCheck.claimsOf(BATCH.get(2)), List.of(), validator));
        found.addAll(batch.check(BatchCheck.claimsOf(BATCH.get(2)), List.of(), legacy));
        assertThat(found).extracting(Violation::codeNumber, Violation::pointer, Violation::severity)
                .containsExactly(tuple(6113, "/email", Severity.ERROR), tuple(6113, "/email", Severity.WARNING));
    }

    @Test
    void theCodesABatchReportsAreRuleKeysAndCodesNoRuleReportsAreNot() {
        assertThat(RuleSettings.codes()).contains(6006, 6113, 6207);
        for (int code : RuleSettings.codes()) {
            assertThat(RuleSettings.ruleKey(String.valueOf(code))).isEqualTo(String.valueOf(code));
        }
        for (ErrorCode code : ErrorCode.all()) {
            boolean reported = code.check() == CheckKind.OFFLINE || BatchCheck.codes().contains(code.number());
            for (Request request : Request.values()) {
                reported |= request.catalog().reported().contains(code.number());
            }
            if (!reported) {
                assertThatThrownBy(() -> RuleSettings.ruleKey(String.valueOf(code.number())))
                        .hasMessageEndingWith("so no rule of offer-lint reports it; remove the key");
            }
        }
    }
}

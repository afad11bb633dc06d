package org.offerrules.lint.house;

import java.util.List;

import org.offerrules.validation.HouseRule;
import org.offerrules.validation.HouseRuleProvider;
import org.offerrules.validation.Severity;
import org.offerrules.validation.model.Offer;

/** A plugin's rules for {@code HouseRulesCliTest}: packed into a jar of its own by the test. */
public final class PreviewRules implements HouseRuleProvider {

    @Override
    public List<HouseRule> rules() {
        return List.of(HouseRule.define("ACME-2", "the preview URL must use https")
                .severity(Severity.WARNING)
                .check(Offer.class, (offer, reporter) -> {
                    if (offer.previewUrl() == null || !offer.previewUrl().startsWith("https://")) {
                        reporter.report("/preview_url", offer.previewUrl());
                    }
                }));
    }
}

package org.offerrules.lint.house;

import java.util.List;

import org.offerrules.validation.HouseRule;
import org.offerrules.validation.HouseRuleProvider;
import org.offerrules.validation.Severity;
import org.offerrules.validation.model.Offer;

/**
 * A plugin's rules, shown in docs/house-rules.md: {@code HouseRulesCliTest} packs it into a jar of its own and
 * lints with {@code --plugin}.
 */
// snippet: java-rule
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
// end: java-rule

package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.constraints.Update;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** What {@code @Valid} finds on an offer: the library's rules in the endpoint's mode, with codes and wire pointers. */
class OfferRulesSpringValidatorTest {

    private static final OfferValidator VALIDATOR = OfferValidator.create();

    /** Valid as an update (it has an id), not as a create (it lacks every create-required field but the name). */
    private static final Offer RENAME = Offer.builder().id(31).name("Renamed").build();

    @Test
    void validatesInTheEndpointsMode() {
        assertThat(codes(RENAME, null)).contains("6305 /advertiser_id", "6310 /status");
        assertThat(codes(RENAME, ValidationMode.UPDATE)).isEmpty();
        assertThat(codes(Offers.minimal().toBuilder().name(null).build(), null)).containsExactly("6308 /name");
    }

    @Test
    void validatedGroupsChooseTheModeToo() {
        DataBinder binder = binder(RENAME, null);
        binder.validate(Update.class);
        assertThat(binder.getBindingResult().hasErrors()).isFalse();
    }

    @Test
    void hibernateValidatorsDefaultGroupAloneMissesTheCreateRules() {
        try (LocalValidatorFactoryBean framework = new LocalValidatorFactoryBean()) {
            framework.setMessageInterpolator(new ParameterMessageInterpolator());
            framework.afterPropertiesSet();
            DataBinder binder = new DataBinder(Offers.minimal().toBuilder().name(null).build(), "offer");
            binder.setValidator(framework);
            binder.validate();
            assertThat(binder.getBindingResult().hasErrors()).isFalse();
        }
        assertThat(codes(Offers.minimal().toBuilder().name(null).build(), null)).containsExactly("6308 /name");
    }

    @Test
    void aFrameworkValidatorsViolationsConvertToTheLibrarys() {
        Offer offer = Offers.minimal().toBuilder().name("").build();
        try (LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean()) {
            factory.setMessageInterpolator(new ParameterMessageInterpolator());
            factory.afterPropertiesSet();
            jakarta.validation.Validator validator = factory;   // what Spring injects for @Valid
            List<String> found = new ArrayList<>();
            // snippet: from
            for (ConstraintViolation<Offer> cv : validator.validate(offer)) {
                Violation.from(cv).ifPresent(v -> found.add(v.codeNumber() + " " + v.pointer()));   // 6309 /name
            }
            // end: from
            assertThat(found).containsExactly("6309 /name");
        }
    }

    private static List<String> codes(Offer offer, ValidationMode mode) {
        DataBinder binder = binder(offer, mode);
        binder.validate();
        BindingResult result = binder.getBindingResult();
        ValidationReport report = OfferRulesExceptionResolver.reportOf(result.getAllErrors()).orElseThrow();
        assertThat(result.getAllErrors()).allSatisfy((ObjectError e) -> assertThat(e.contains(Violation.class)).isTrue());
        return report.violations().stream().map(v -> v.codeNumber() + " " + v.pointer()).toList();
    }

    private static DataBinder binder(Offer offer, ValidationMode mode) {
        DataBinder binder = new DataBinder(offer, "offer");
        binder.setValidator(new OfferRulesSpringValidator(VALIDATOR, mode));
        return binder;
    }
}

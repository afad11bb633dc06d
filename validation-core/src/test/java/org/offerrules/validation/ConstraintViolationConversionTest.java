package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.Offer;

/** {@link Violation#from}: what a framework's own Hibernate Validator finds, as the library reports it. */
class ConstraintViolationConversionTest {

    /** Any interpolator: a framework's differs from the library's, and the messages must not depend on it. */
    private static final MessageInterpolator FRAMEWORK_MESSAGES = new MessageInterpolator() {
        @Override
        public String interpolate(String template, Context context) {
            return "framework: " + template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return interpolate(template, context);
        }
    };

    private static ValidatorFactory factory;
    private static Validator framework;

    @BeforeAll
    static void frameworkValidator() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(FRAMEWORK_MESSAGES).buildValidatorFactory();
        framework = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aFrameworkViolationBecomesTheLibrarysViolation() {
        List<Event> events = new ArrayList<>(Offers.events(2));
        events.set(1, events.get(1).toBuilder().eTkn("bad token").build());
        Offer offer = Offers.minimal().toBuilder().name("").ssl(2).events(events).build();

        List<Violation> converted = convert(framework.validate(offer, Default.class, Create.class));

        assertThat(converted).isEqualTo(OfferValidator.create().validate(offer).violations());
        assertThat(converted).extracting(Violation::codeNumber, Violation::pointer)
                .contains(tuple(6309, "/name"), tuple(6319, "/ssl"), tuple(6708, "/events/1/e_tkn"));
        assertThat(converted).allSatisfy(v -> assertThat(v.message()).doesNotStartWith("framework"));
    }

    @Test
    void aViolationOfAnotherConstraintIsNotTheLibrarys() {
        Set<ConstraintViolation<Wrapper>> found = framework.validate(new Wrapper(null));

        assertThat(found).hasSize(1);
        assertThat(Violation.from(found.iterator().next())).isEmpty();
    }

    private static List<Violation> convert(Set<ConstraintViolation<Offer>> found) {
        return ValidationReport.of(found.stream().map(v -> Violation.from(v).orElseThrow()).toList()).violations();
    }

    record Wrapper(@NotNull String note) {
    }
}

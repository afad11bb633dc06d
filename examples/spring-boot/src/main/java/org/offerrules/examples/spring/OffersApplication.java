package org.offerrules.examples.spring;

import org.offerrules.spring.boot.OfferValidatorCustomizer;
import org.offerrules.validation.HouseRule;
import org.offerrules.validation.model.Offer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small offers service: the starter reads and validates its request bodies, with the API's rules and the
 * network's own house rules, its {@link HouseRule} beans.
 */
@SpringBootApplication
public class OffersApplication {

    public static void main(String[] args) {
        SpringApplication.run(OffersApplication.class, args);
    }

    /** A declarative house rule: the network never sells an offer at a loss. */
    @Bean
    HouseRule payoutWithinRevenue() {
        return HouseRule.define("ACME-1", "payout must not exceed revenue").compare("payout", "<=", "revenue");
    }

    /** A house rule in Java: offer names start with a capital letter. */
    @Bean
    HouseRule capitalNames() {
        return HouseRule.define("ACME-2", "offer names start with a capital letter")
                .check(Offer.class, (offer, reporter) -> {
                    String name = offer.name();
                    if (name != null && !name.isEmpty() && !Character.isUpperCase(name.codePointAt(0))) {
                        reporter.report("/name", name);
                    }
                });
    }

    /**
     * Updates are checked against the stored offer while the body is read: the rules of an update hold
     * on the merge (a cap against the current overall cap), each violation at the line and column of
     * the update's field, and an id the store does not have is 6304.
     */
    // snippet: current-offers
    @Bean
    OfferValidatorCustomizer currentOffers(OfferStore store) {
        return builder -> builder.currentOffers(store::find);
    }
    // end: current-offers
}

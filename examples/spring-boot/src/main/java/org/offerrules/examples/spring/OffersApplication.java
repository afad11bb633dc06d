package org.offerrules.examples.spring;

import org.offerrules.spring.boot.OfferValidatorCustomizer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A small offers service: the starter reads and validates its request bodies. */
@SpringBootApplication
public class OffersApplication {

    public static void main(String[] args) {
        SpringApplication.run(OffersApplication.class, args);
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

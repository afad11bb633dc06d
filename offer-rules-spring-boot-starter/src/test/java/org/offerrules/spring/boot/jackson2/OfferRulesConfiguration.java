package org.offerrules.spring.boot.jackson2;

import com.fasterxml.jackson.databind.Module;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.jackson.OfferRulesFeature;
import org.offerrules.validation.jackson.OfferRulesModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans of the Boot 3.5 recipe in docs/spring-boot.md. */
// snippet: boot35-config
@Configuration(proxyBeanMethods = false)
class OfferRulesConfiguration {

    @Bean
    OfferValidator offerValidator() {
        return OfferValidator.create();
    }

    @Bean   // Boot 3 registers every Jackson Module bean on its ObjectMapper
    Module offerRulesModule(OfferValidator validator) {
        // reading fails on binding problems (with positions); each endpoint checks the rules in its mode
        return new OfferRulesModule().validator(validator).disable(OfferRulesFeature.VALIDATE_ON_READ);
    }
}
// end: boot35-config

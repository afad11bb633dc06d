package org.offerrules.spring.boot.jackson2;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.model.Offer;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The endpoints of the Boot 3.5 recipe in docs/spring-boot.md. */
// snippet: boot35-controller
@RestController
class OffersController {

    private final OfferValidator validator;

    OffersController(OfferValidator validator) {
        this.validator = validator;
    }

    @PostMapping("/offers")
    Offer create(@RequestBody Offer offer) {
        return validator.requireValid(offer, ValidationMode.CREATE);
    }

    @PatchMapping("/offers/{id}")
    Offer update(@RequestBody Offer update) {
        return validator.requireValid(update, ValidationMode.UPDATE);
    }
}
// end: boot35-controller

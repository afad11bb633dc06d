package org.offerrules.spring.boot;

import jakarta.validation.Valid;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.model.Offer;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The endpoints docs/spring-boot.md shows, called by OfferRulesMvcTest. */
// snippet: controller
@RestController
class OffersController {

    private final OfferValidator validator;

    OffersController(OfferValidator validator) {
        this.validator = validator;
    }

    @PostMapping("/offers")
    Offer create(@RequestBody @Valid Offer offer) {
        return offer;
    }

    @PatchMapping("/offers/{id}")
    Offer update(@PathVariable int id, @RequestBody @Valid @OfferRules(mode = ValidationMode.UPDATE) Offer update) {
        return update;
    }

    @PostMapping("/offers/{id}/name")
    Offer rename(@PathVariable int id, @RequestParam String name) {
        return validator.requireValid(Offer.builder().id(id).name(name).build(), ValidationMode.UPDATE);
    }
}
// end: controller

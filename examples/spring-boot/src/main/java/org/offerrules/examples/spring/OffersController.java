package org.offerrules.examples.spring;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.offerrules.spring.boot.OfferRules;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.Offer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creates, shows and updates offers. The bodies arrive read and validated (create mode, or update mode
 * where {@link OfferRules} says so, against the stored offer); an invalid one never reaches these
 * methods: the starter answers 400 with problem details.
 */
@RestController
class OffersController {

    private static final ErrorCode INVALID_ID = ErrorCode.of(6302);

    private final OfferStore store;

    OffersController(OfferStore store) {
        this.store = store;
    }

    @PostMapping("/offers")
    ResponseEntity<Offer> create(@RequestBody @Valid Offer offer) {
        Offer created = store.create(offer);
        return ResponseEntity.created(URI.create("/offers/" + created.id())).body(created);
    }

    @GetMapping("/offers/{id}")
    ResponseEntity<Offer> show(@PathVariable int id) {
        Offer offer = store.find(id);
        return offer == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(offer);
    }

    @PatchMapping("/offers/{id}")
    Offer update(@PathVariable int id, @RequestBody @Valid @OfferRules(mode = ValidationMode.UPDATE) Offer update) {
        if (!Integer.valueOf(id).equals(update.id())) {
            // the body names the offer the API changes: another than the path's is the sender's mistake
            String message = INVALID_ID.message(Map.of()) + " (the body's id " + update.id() + " is not the path's " + id + ")";
            throw new OfferValidationException(ValidationReport.of(List.of(
                    Violation.of(INVALID_ID, "/id", update.id()).withMessage(message))));
        }
        return store.update(update);
    }
}

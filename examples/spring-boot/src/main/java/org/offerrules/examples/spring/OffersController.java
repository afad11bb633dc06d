package org.offerrules.examples.spring;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;

import org.offerrules.spring.boot.OfferRules;
import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.model.Offer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates offers and updates them. The bodies arrive read and validated (create mode, or update mode
 * where {@link OfferRules} says so); an invalid one never reaches these methods: the starter answers
 * 400 with problem details.
 */
@RestController
class OffersController {

    // an example keeps its offers in memory; a service would send them to the network API
    private final Map<Integer, Offer> offers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(30);
    private final OfferValidator validator;

    OffersController(OfferValidator validator) {
        this.validator = validator;
    }

    @PostMapping("/offers")
    ResponseEntity<Offer> create(@RequestBody @Valid Offer offer) {
        Offer created = offer.toBuilder().id(ids.incrementAndGet()).build();
        offers.put(created.id(), created);
        return ResponseEntity.created(URI.create("/offers/" + created.id())).body(created);
    }

    @PatchMapping("/offers/{id}")
    Offer update(@PathVariable int id, @RequestBody @Valid @OfferRules(mode = ValidationMode.UPDATE) Offer update) {
        if (update.id() != null && update.id() != id) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the body's id is not the path's " + id);
        }
        Offer current = offers.get(id);
        if (current == null) {
            // not created here: the network API holds it, and checks the merge itself
            return update;
        }
        // the rules of an update hold on the merged offer (a cap against the current overall cap)
        ValidationReport report = validator.validateUpdate(current, update);
        if (!report.isValid()) {
            throw new OfferValidationException(report);
        }
        Offer merged = OfferValidator.merge(current, update);
        offers.put(id, merged);
        return merged;
    }
}

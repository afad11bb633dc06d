package org.offerrules.examples.spring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.model.AccessType;
import org.offerrules.validation.model.CapInterval;
import org.offerrules.validation.model.CapType;
import org.offerrules.validation.model.Caps;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OfferStatus;
import org.offerrules.validation.model.OfferType;
import org.offerrules.validation.model.PayoutType;
import org.offerrules.validation.model.TrackingProtocol;
import org.springframework.stereotype.Component;

/**
 * The service's offers, in memory (a service would send them to the network API). It starts with
 * offer 31, the README's valid offer with a cap of 300 conversions (150 per affiliate), so that the README's
 * {@code PATCH /offers/31} has an offer to update (and a daily cap of 500 breaks the merge); created
 * offers get the ids after it.
 */
@Component
class OfferStore {

    static final int FIRST = 31;

    private final Map<Integer, Offer> offers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(FIRST);

    OfferStore() {
        offers.put(FIRST, Offer.builder().id(FIRST).advertiserId(12).name("Summer Sale").status(OfferStatus.ACTIVE)
                .expireDate("2030/12/31").type(OfferType.MOBILE).url("https://track.example.com/click?tid={TID}")
                .accessType(AccessType.PUBLIC).ssl(1).trackingProtocol(TrackingProtocol.SERVER_POSTBACK_URL)
                .currency(1).payoutType(PayoutType.CPA).payout(2.5)
                .caps(Caps.builder().hasCapLimit(1).capType(CapType.CONVERSION).capOverallLimit(300L)
                        .capInterval(CapInterval.DAILY).capIntervalLimit(100L)
                        .capAffiliateOverallLimit(150L).capAffiliateInterval(CapInterval.DAILY).capAffiliateIntervalLimit(50L)
                        .capRange(0).build())
                .build());
    }

    /** The offer of {@code id}; null when there is none (the validator answers 6304 for an update of it). */
    Offer find(Integer id) {
        return id == null ? null : offers.get(id);
    }

    /** Stores {@code offer} under a new id. */
    Offer create(Offer offer) {
        Offer created = offer.toBuilder().id(ids.incrementAndGet()).build();
        offers.put(created.id(), created);
        return created;
    }

    /** Merges {@code update}, already checked against the current offer, into it. */
    Offer update(Offer update) {
        return offers.merge(update.id(), update, OfferValidator::merge);
    }
}

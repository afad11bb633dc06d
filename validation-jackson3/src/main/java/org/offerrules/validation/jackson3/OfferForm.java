package org.offerrules.validation.jackson3;

import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.FormWriter;

/**
 * Writes the {@code application/x-www-form-urlencoded} bodies the network API takes: the same text
 * as the Jackson 2 module's {@code OfferForm} (wire names in schema order, lists indexed from 0,
 * plain decimal numbers, UTF-8 percent-encoding); {@link OfferReader#readForm(String)} reads back an
 * equal record. Stateless.
 */
public final class OfferForm {

    private OfferForm() {
    }

    /** The offer as one form body, e.g. {@code advertiser_id=12&name=Summer+Sale&...}. */
    public static String write(Offer offer) {
        return FormWriter.write(offer);
    }

    /**
     * Any request body of {@code org.offerrules.validation.Request} as the form body of its method.
     *
     * @throws IllegalArgumentException if {@code request} is not such a body
     */
    public static String write(Object request) {
        return FormWriter.write(request);
    }
}

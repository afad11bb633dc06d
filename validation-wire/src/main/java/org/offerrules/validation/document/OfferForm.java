package org.offerrules.validation.document;

import org.offerrules.validation.Request;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.FormWriter;

/**
 * Writes offers as the {@code application/x-www-form-urlencoded} body the network API takes for
 * {@code setOffer}: the same wire names as the JSON format, in schema order, absent fields left out;
 * list parameters indexed from 0 ({@code geo_countries[0]=US%3A1%3ATX&geo_countries[1]=CA}), events
 * as {@code events[0][e_tkn]=...}; numbers in plain decimal notation ({@code 2.5}, {@code 3}, never an
 * exponent); values percent-encoded as UTF-8 with {@code +} for a space, brackets written literally.
 * {@link OfferReader#readForm(String)} reads back an equal offer. Stateless.
 *
 * <p>What JSON writes as {@code []} and {@code null} elements: an empty list is the list's name with
 * an empty value ({@code events=}), a null element its indexed name with an empty value
 * ({@code geo_countries[1]=}, {@code events[1]=}); both read back as they were.
 */
public final class OfferForm {

    private OfferForm() {
    }

    /**
     * The offer as one form body, e.g. {@code advertiser_id=12&name=Summer+Sale&...}.
     *
     * @throws UnencodableValueException if a text value holds a lone surrogate, which has no UTF-8 form
     */
    public static String write(Offer offer) {
        return FormWriter.write(offer);
    }

    /**
     * Any request body of {@link Request} as the form body of its method, e.g. {@code a=2&o=12} for
     * {@code generateLink}, {@code id=21&post_back_urls[0][type]=Image+Pixel&...} for
     * {@code setAffiliatePostback}. A reader for its type ({@link OfferReader.Builder#request(Class)})
     * reads back an equal request.
     *
     * @throws UnencodableValueException if a text value holds a lone surrogate, which has no UTF-8 form
     * @throws IllegalArgumentException   if {@code request} is not the body of a {@link Request}
     */
    public static String write(Object request) {
        return FormWriter.write(request);
    }
}

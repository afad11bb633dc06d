package org.offerrules.validation.model;

import java.util.Optional;

/** {@code conversion_point} of an offer or event. */
public enum ConversionPoint implements ApiValue {
    /** {@code Email Submit}. */
    EMAIL_SUBMIT("Email Submit"),
    /** {@code DOI}. */
    DOI("DOI"),
    /** {@code SOI}. */
    SOI("SOI"),
    /** {@code Download and Install}. */
    DOWNLOAD_AND_INSTALL("Download and Install"),
    /** {@code Sale Offer/Credit Required}. */
    SALE_OFFER_CREDIT_REQUIRED("Sale Offer/Credit Required"),
    /** {@code SMS Confirmation}. */
    SMS_CONFIRMATION("SMS Confirmation"),
    /** {@code PIN-Submit}. */
    PIN_SUBMIT("PIN-Submit");

    private final String apiValue;

    ConversionPoint(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<ConversionPoint> fromApiValue(String apiValue) {
        return ApiValue.find(ConversionPoint.class, apiValue);
    }
}

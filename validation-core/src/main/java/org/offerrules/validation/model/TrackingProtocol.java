package org.offerrules.validation.model;

import java.util.Optional;

/** {@code tracking_protocol} of an offer, {@code tracking_method} of an event. */
public enum TrackingProtocol implements ApiValue {
    /** {@code Server Postback URL}. */
    SERVER_POSTBACK_URL("Server Postback URL"),
    /** {@code iFrame Pixel}. */
    IFRAME_PIXEL("iFrame Pixel"),
    /** {@code Image Pixel}. */
    IMAGE_PIXEL("Image Pixel");

    private final String apiValue;

    TrackingProtocol(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<TrackingProtocol> fromApiValue(String apiValue) {
        return ApiValue.find(TrackingProtocol.class, apiValue);
    }
}

package org.offerrules.validation.model;

/** A postback URL's {@code type} ({@link PostbackUrl}), case as written. */
public enum PostbackType implements ApiValue {
    /** {@code Server Postback URL}. */
    SERVER_POSTBACK_URL("Server Postback URL"),
    /** {@code iFrame Pixel}. */
    IFRAME_PIXEL("iFrame Pixel"),
    /** {@code Image Pixel}. */
    IMAGE_PIXEL("Image Pixel");

    private final String apiValue;

    PostbackType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}

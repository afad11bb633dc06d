package org.offerrules.validation.model;

/**
 * A device browser of the conversion report's {@code browser} filter, as its page lists them
 * (<a href="https://support.fuseclick.com/api/afn/reportmethods/2016/0808/292.html">getConversionReport</a>).
 */
public enum Browser implements ApiValue {
    /** Chrome. */
    CHROME("chrome"),
    /** Firefox. */
    FIREFOX("firefox"),
    /** Opera. */
    OPERA("opera"),
    /** Safari. */
    SAFARI("safari");

    private final String apiValue;

    Browser(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}

package org.offerrules.validation.model;

/** A report's {@code order}: {@code ASC} or {@code DESC}. */
public enum SortOrder implements ApiValue {
    /** Ascending. */
    ASC("ASC"),
    /** Descending. */
    DESC("DESC");

    private final String apiValue;

    SortOrder(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}

package ${facade.package};

import ${jackson.core}.util.JacksonFeature;

import org.offerrules.validation.wire.ModuleSettings;

/**
 * Options of the {@link OfferRulesModule}, a ${jackson.name} {@link JacksonFeature}, in the manner of
 * Jackson's own module features. Both Jackson modules' features have the same names and meanings.
 */
public enum OfferRulesFeature implements JacksonFeature {

    /**
     * Run the rules on every request read, and fail with every violation. When disabled, only binding
     * problems (wrong JSON types, numbers out of range, malformed JSON) fail the read. Enabled by
     * default.
     */
    VALIDATE_ON_READ(ModuleSettings.VALIDATE_ON_READ),

    /**
     * Validate in {@link org.offerrules.validation.ValidationMode#UPDATE update} mode (only {@code id}
     * required) instead of create mode. Disabled by default. When neither enabled nor disabled
     * explicitly, the module validates in the mode of its validator.
     */
    UPDATE_MODE(ModuleSettings.UPDATE_MODE),

    /** Fail the read on warnings (unknown fields) as well as on errors. Disabled by default. */
    FAIL_ON_WARNINGS(ModuleSettings.FAIL_ON_WARNINGS),

    /**
     * Report a number written as a JSON string ({@code "advertiser_id": "12"}) with the field's invalid
     * code. Disabled by default: the API receives every value as text, so such a document is the same
     * request as one with the number, and the API accepts it.
     */
    STRICT_TYPES(ModuleSettings.STRICT_TYPES);

    private final int mask;

    // the shared settings' bits, so that both Jackson modules' features mean the same
    OfferRulesFeature(int mask) {
        this.mask = mask;
    }

    /** The features enabled by default, as a bit set. */
    public static int collectDefaults() {
        return ModuleSettings.DEFAULTS;
    }

    @Override
    public boolean enabledByDefault() {
        return ModuleSettings.enabledByDefault(mask);
    }

    @Override
    public int getMask() {
        return mask;
    }

    @Override
    public boolean enabledIn(int flags) {
        return (flags & mask) != 0;
    }
}

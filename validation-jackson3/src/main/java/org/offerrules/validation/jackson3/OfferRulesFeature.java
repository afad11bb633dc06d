package org.offerrules.validation.jackson3;

import tools.jackson.core.util.JacksonFeature;

import org.offerrules.validation.wire.ModuleSettings;

/**
 * Options of the {@link OfferRulesModule}, a Jackson 3 {@link JacksonFeature}; each means what the
 * Jackson 2 module's constant of the same name means.
 */
public enum OfferRulesFeature implements JacksonFeature {

    /** Run the rules on every request read (on by default); off, only binding problems fail it. */
    VALIDATE_ON_READ(ModuleSettings.VALIDATE_ON_READ),

    /** Update rules instead of create rules; unset, the validator's mode (off by default). */
    UPDATE_MODE(ModuleSettings.UPDATE_MODE),

    /** Fail on warnings (unknown fields) too (off by default). */
    FAIL_ON_WARNINGS(ModuleSettings.FAIL_ON_WARNINGS),

    /** Report numbers written as JSON strings (off by default: the API takes every value as text). */
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

package org.offerrules.validation.spi;

import java.lang.reflect.RecordComponent;

import org.offerrules.validation.internal.WireNames;
import org.offerrules.validation.model.Flattened;
import org.offerrules.validation.model.WireName;

/**
 * The wire names of record components, for format modules and rule authors who point at a field as the
 * API names it: the component's {@link WireName}, or its name in snake case
 * ({@code capAffiliateIntervalLimit} is {@code cap_affiliate_interval_limit}, {@code eTkn} is
 * {@code e_tkn}). A {@link Flattened} component has no name on the wire: its components stand at its
 * record's level.
 */
public final class Wire {

    private Wire() {
    }

    /** The wire name of {@code component}: its {@link WireName}, or the snake case of its name. */
    public static String name(RecordComponent component) {
        return WireNames.of(component);
    }

    /** The wire name of a Java component name that carries no {@link WireName}: its snake case. */
    public static String name(String javaName) {
        return WireNames.of(javaName);
    }
}

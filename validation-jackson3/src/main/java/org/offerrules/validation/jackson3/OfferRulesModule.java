package org.offerrules.validation.jackson3;

import java.util.List;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.jackson3.parser.ParserSource;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.ModuleSettings;

/**
 * The Jackson 3 module (Spring Boot 4's Jackson) that reads and writes {@link Offer} in the network
 * API's flat wire format and validates while reading, with the same codes, pointers, messages and
 * positions as the Jackson 2 module ({@code org.offerrules.validation.jackson}):
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new OfferRulesModule()).build();
 * Offer offer = mapper.readValue(json, Offer.class);   // throws InvalidOfferException with every violation
 * Offer update = mapper.readerFor(Offer.class)
 *         .withAttribute(OfferRulesModule.MODE_ATTRIBUTE, ValidationMode.UPDATE).readValue(json);
 * }</pre>
 *
 * <p>It reads the bodies of the other requests of {@link Request} the same way; it writes offers
 * only. Found by {@code JsonMapper.builder().findAndAddModules()} through
 * {@code META-INF/services/tools.jackson.databind.JacksonModule}. Configure it before adding it to a
 * mapper builder. It leaves the mapper's factory alone: give the factory
 * {@link #streamReadConstraints()} to read untrusted input with {@link org.offerrules.validation.document.OfferReader}'s limits.
 */
public final class OfferRulesModule extends JacksonModule {

    private static final Version VERSION = readVersion();

    /**
     * The attribute of one read ({@code ObjectReader.withAttribute}) whose {@link ValidationMode}
     * value chooses its rules over the module's mode; the Jackson 2 module's key is the same string.
     */
    public static final String MODE_ATTRIBUTE = ModuleSettings.MODE_ATTRIBUTE;

    private final ModuleSettings settings = new ModuleSettings();

    /** Default features and validator; what {@code findAndAddModules()} makes. */
    public OfferRulesModule() {
    }

    /** Turns {@code feature} on. */
    public OfferRulesModule enable(OfferRulesFeature feature) {
        settings.enable(feature.getMask());
        return this;
    }

    /** Turns {@code feature} off. */
    public OfferRulesModule disable(OfferRulesFeature feature) {
        settings.disable(feature.getMask());
        return this;
    }

    /** Turns {@code feature} on or off. */
    public OfferRulesModule configure(OfferRulesFeature feature, boolean state) {
        return state ? enable(feature) : disable(feature);
    }

    /** Whether {@code feature} is on. */
    public boolean isEnabled(OfferRulesFeature feature) {
        return settings.isEnabled(feature.getMask());
    }

    /** The validator (lookups, locale, engine, and the mode unless {@code UPDATE_MODE} is set); a default one otherwise. */
    public OfferRulesModule validator(OfferValidator validator) {
        settings.validator(validator);
        return this;
    }

    /** The limits {@link org.offerrules.validation.document.OfferReader} reads with, for the factory of a mapper that reads untrusted offers. */
    public static StreamReadConstraints streamReadConstraints() {
        return ParserSource.constraints(true);
    }

    @Override
    public String getModuleName() {
        return "OfferRulesModule";
    }

    @Override
    public Version version() {
        return VERSION;
    }

    /** The POM's version, from {@code version.properties} (filtered by the build). */
    private static Version readVersion() {
        String[] coordinates = ModuleSettings.coordinates(OfferRulesModule.class.getResourceAsStream("version.properties"));
        return coordinates[2] == null ? Version.unknownVersion()
                : VersionUtil.parseVersion(coordinates[2], coordinates[0], coordinates[1]);
    }

    @Override
    public void setupModule(SetupContext context) {
        // the offer and every other request's body, each bound through its own wire schema
        context.addDeserializers(new SimpleDeserializers(
                settings.<ValueDeserializer<?>>deserializers(OfferDeserializer::new)));
        context.addSerializers(new SimpleSerializers(List.of(new OfferSerializer())));
    }
}

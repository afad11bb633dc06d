package ${facade.package};

import ${jackson.core}.StreamReadConstraints;
import ${jackson.core}.Version;
import ${jackson.core}.util.VersionUtil;
import ${jackson.databind}.${jackson.module};
import ${jackson.databind}.${jackson.deserializer};
import ${jackson.databind}.${jackson.serializer};
import ${jackson.databind}.module.SimpleDeserializers;
import ${jackson.databind}.module.SimpleSerializers;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import ${facade.package}.parser.ParserSource;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.ModuleSettings;

/**
 * The ${jackson.name} module that reads and writes {@link Offer} in the network API's flat wire
 * format and validates while reading, with the same codes, pointers, messages and positions in both
 * Jackson modules:
 *
 * <pre>{@code
 * ${jackson.mapperExample}
 * Offer offer = mapper.readValue(json, Offer.class);   // throws InvalidOfferException with every violation
 * Offer update = mapper.readerFor(Offer.class)
 *         .withAttribute(OfferRulesModule.MODE_ATTRIBUTE, ValidationMode.UPDATE).readValue(json);
 * }</pre>
 *
 * <p>It reads the bodies of the other requests of {@link Request} the same way
 * ({@code mapper.readValue(json, SetAdvertiser.class)}), and writes them in the wire format as
 * {@link org.offerrules.validation.document.OfferWriter#toJson(Object)} does.
 *
 * <p>Found by {@code ${jackson.findModules}} through
 * {@code META-INF/services/${jackson.databind}.${jackson.module}}. Configure it (features, validator)
 * before registering it; {@link #MODE_ATTRIBUTE} chooses the mode of one read. The module does not
 * change the mapper's factory: give the factory {@link #streamReadConstraints()} to read untrusted
 * input with the same limits as {@link org.offerrules.validation.document.OfferReader}, which never
 * throws and is the API for linting.
 */
public final class OfferRulesModule extends ${jackson.module} {

    private static final Version VERSION = readVersion();

    /**
     * The deserialization attribute that chooses create or update rules for one read, without a
     * second mapper: {@code mapper.readerFor(Offer.class).withAttribute(MODE_ATTRIBUTE, ValidationMode.UPDATE)}.
     * Its value is a {@link ValidationMode}; without it, the module's mode applies. Both Jackson
     * modules use the same string.
     */
    public static final String MODE_ATTRIBUTE = ModuleSettings.MODE_ATTRIBUTE;

    private final ModuleSettings settings = new ModuleSettings();

    /** A module with the default features and validator; the constructor the service loader uses. */
    public OfferRulesModule() {
    }

    /** Enables {@code feature}. */
    public OfferRulesModule enable(OfferRulesFeature feature) {
        settings.enable(feature.getMask());
        return this;
    }

    /** Disables {@code feature}. */
    public OfferRulesModule disable(OfferRulesFeature feature) {
        settings.disable(feature.getMask());
        return this;
    }

    /** Enables or disables {@code feature}. */
    public OfferRulesModule configure(OfferRulesFeature feature, boolean state) {
        return state ? enable(feature) : disable(feature);
    }

    /** Whether {@code feature} is enabled. */
    public boolean isEnabled(OfferRulesFeature feature) {
        return settings.isEnabled(feature.getMask());
    }

    /**
     * The validator that runs the rules (its lookups, locale and engine); a default one when not set.
     * Its {@linkplain OfferValidator#mode() mode} is the module's unless {@link OfferRulesFeature#UPDATE_MODE}
     * is enabled or disabled explicitly.
     */
    public OfferRulesModule validator(OfferValidator validator) {
        settings.validator(validator);
        return this;
    }

    /**
     * Read limits sized for offer documents (nesting, string, number and name length, document
     * length), for the factory of a mapper that reads untrusted offers.
     */
    public static StreamReadConstraints streamReadConstraints() {
        return ParserSource.constraints(true);
    }

    @Override
    public String getModuleName() {
        return "OfferRulesModule";
    }

    /**
     * What Jackson tells modules apart by: the class name while the module has its defaults, else the
     * name with its settings, so that a configured module registered after a default one (such as
     * {@code ${jackson.findModules}} adds) is not dropped as a duplicate. The last module registered
     * decides.
     */
    @Override
    public Object ${jackson.registrationId}() {
        return settings.registrationId(getClass().getName());
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
        // the offer and every other request's body, each bound and written through its own wire schema
        context.addDeserializers(new SimpleDeserializers(
                settings.<${jackson.deserializer}<?>>deserializers(OfferDeserializer::new)));
        context.addSerializers(new SimpleSerializers(ModuleSettings.<${jackson.serializer}<?>>serializers(OfferSerializer::new)));
    }
}

package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.internal.Iso3166;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.tools.Iso3166Generator;

/** The committed ISO 3166 resource: generated, complete, and what the GEO rules accept. */
class Iso3166Test {

    private static final Path ISO_CODES = Path.of("/usr/share/iso-codes/json");

    static String committed() throws IOException {
        try (InputStream in = Iso3166.class.getResourceAsStream("/org/offerrules/validation/iso-3166.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Country to regions, parsed from the committed resource. */
    static TreeMap<String, TreeSet<String>> committedTable() throws IOException {
        TreeMap<String, TreeSet<String>> table = new TreeMap<>();
        for (String line : committed().split("\n")) {
            if (!line.startsWith("#") && !line.isEmpty()) {
                String[] parts = line.split(" ");
                TreeSet<String> regions = new TreeSet<>();
                for (int i = 1; i < parts.length; i++) {
                    regions.add(parts[i]);
                }
                table.put(parts[0], regions);
            }
        }
        return table;
    }

    @Test
    void theCommittedResourceIsTheGeneratorsOutput() throws IOException {
        assumeThat(Files.isDirectory(ISO_CODES)).as("Debian iso-codes installed (apt-get install iso-codes)").isTrue();
        assertThat(committed()).isEqualTo(Iso3166Generator.generate(ISO_CODES));
    }

    @Test
    void everyIsoCodesCountryAndSubdivisionIsAccepted() throws IOException {
        assumeThat(Files.isDirectory(ISO_CODES)).as("Debian iso-codes installed (apt-get install iso-codes)").isTrue();
        TreeMap<String, TreeSet<String>> source = Iso3166Generator.read(ISO_CODES);
        assertThat(source).hasSize(249);
        int subdivisions = 0;
        for (Map.Entry<String, TreeSet<String>> country : source.entrySet()) {
            assertThat(Iso3166.isCountry(country.getKey())).as(country.getKey()).isTrue();
            for (String region : country.getValue()) {
                assertThat(Iso3166.isRegion(country.getKey(), region)).as("%s-%s", country.getKey(), region).isTrue();
                subdivisions++;
            }
        }
        assertThat(subdivisions).isGreaterThan(5000);
    }

    @Test
    void theRulesAcceptAll249CountriesWithAllTheirRegionsInBothEngines() throws IOException {
        TreeMap<String, TreeSet<String>> table = committedTable();
        assertThat(table).hasSize(249).containsKeys("US", "CA", "DE", "GB", "FR", "AQ", "ZW");
        List<GeoEntry> wholeCountries = new ArrayList<>();
        List<GeoEntry> withRegions = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> country : table.entrySet()) {
            wholeCountries.add(GeoEntry.of(country.getKey()));
            withRegions.add(country.getValue().isEmpty() ? GeoEntry.parse(country.getKey() + ":1")
                    : GeoEntry.include(country.getKey(), country.getValue().toArray(String[]::new)));
        }
        for (Engine engine : Engine.values()) {
            OfferValidator validator = OfferValidator.builder().engine(engine).build();
            assertThat(validator.validate(geo(wholeCountries)).violations()).as("%s", engine).isEmpty();
            assertThat(validator.validate(geo(withRegions)).violations()).as("%s", engine).isEmpty();
        }
    }

    @Test
    void codesAreLetterCaseAsideAndRegionsGoWithoutTheCountryPrefix() {
        assertThat(Iso3166.isCountry("US")).isTrue();
        assertThat(Iso3166.isCountry("us")).isTrue();   // letter case aside (issue 24)
        assertThat(Iso3166.isCountry("uk")).isFalse();
        assertThat(Iso3166.isCountry("XX")).isFalse();
        assertThat(Iso3166.isCountry("USA")).isFalse();
        assertThat(Iso3166.isCountry("")).isFalse();
        assertThat(Iso3166.isCountry(null)).isFalse();
        assertThat(Iso3166.isRegion("US", "TX")).isTrue();
        assertThat(Iso3166.isRegion("US", "US-TX")).isFalse();
        assertThat(Iso3166.isRegion("US", "tx")).isTrue();
        assertThat(Iso3166.isRegion("us", "Tx")).isTrue();
        assertThat(Iso3166.isRegion("CA", "TX")).isFalse();
        assertThat(Iso3166.isRegion("XX", "TX")).isFalse();
        assertThat(Iso3166.isRegion("US", null)).isFalse();
        assertThat(Iso3166.isRegion("FR", "2A")).isTrue();
        // a country's index, for its regions or a table of countries: the same in either case, -1 for no country
        int us = Iso3166.countryIndex("us");
        assertThat(us).isEqualTo(Iso3166.countryIndex("US")).isEqualTo(('U' - 'A') * 26 + 'S' - 'A');
        assertThat(Iso3166.isRegion(us, "TX")).isTrue();
        assertThat(Iso3166.countryIndex("XX")).isEqualTo(-1);
        assertThat(Iso3166.isRegion(Iso3166.countryIndex("XX"), "TX")).isFalse();
    }

    private static Offer geo(List<GeoEntry> entries) {
        Offer full = Offers.full();
        return full.toBuilder().geo(full.geo().toBuilder().geoCountries(entries).build()).build();
    }
}

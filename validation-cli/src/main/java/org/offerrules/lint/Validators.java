package org.offerrules.lint;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.offerrules.validation.HouseRule;
import org.offerrules.validation.NetworkData;
import org.offerrules.validation.OfferLookup;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;

/**
 * The validator of the files of one configuration: the command line's house rules, data folder and
 * current objects, with the configuration's settings, house rules and, when {@code --data} is not
 * given, its own data folder (read once, however many configurations name it).
 */
final class Validators implements Function<ConfigOptions.FileSetup, OfferValidator> {

    private final List<HouseRule> houseRules;
    private final NetworkData given;
    private final Request request;
    private final CurrentOffers current;
    private final Map<Path, NetworkData> folders = new HashMap<>();

    /**
     * @param given   the data folder of {@code --data}, which wins over a configuration's; null for none
     * @param current the current objects of {@code --current}; null for none
     */
    Validators(List<HouseRule> houseRules, NetworkData given, Request request, CurrentOffers current) {
        this.houseRules = houseRules;
        this.given = given;
        this.request = request;
        this.current = current;
    }

    /**
     * @throws IllegalArgumentException with one line when the configuration's data folder cannot be used
     * @throws org.offerrules.validation.config.ConfigException when its rules name a house code no house rule has
     */
    @Override
    public OfferValidator apply(ConfigOptions.FileSetup setup) {
        setup.file().ifPresent(file -> file.checkHouseCodes(houseRules));
        OfferLookup lookup = given != null ? given
                : setup.data().<OfferLookup>map(folder -> folders.computeIfAbsent(folder, DataFolder::loadOrFail))
                        .orElse(OfferLookup.NONE);
        OfferValidator.Builder builder = OfferValidator.builder().settings(setup.settings()).lookup(lookup)
                .houseRules(houseRules).houseRules(setup.houseRules());
        if (current != null) {
            builder.current(request, current::currentOf);
        }
        return builder.build();
    }
}

package org.offerrules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import org.offerrules.validation.model.Caps;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OfferBuilder;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.model.PayoutTiers;

/**
 * A deterministic stream of typical offers for the benchmarks: every section filled in (caps, payout
 * tiers, 30 GEO countries, device rules, a chain of 5 events), about 1.6 KB each in the wire format.
 * {@link #next()} gives a valid offer 4 times in 5; the others carry {@link #MUTATIONS_PER_INVALID}
 * distinct single-rule mutations, each of which breaks one rule the core checks today.
 * The same seed always gives the same offers.
 */
public final class OfferGenerator {

    /** The seed every benchmark and the NDJSON generator use. */
    public static final long SEED = 20_240_601L;
    /** The share of valid offers in {@link #next()}. */
    public static final double VALID_SHARE = 0.8;
    /** Mutations applied to an invalid offer. */
    public static final int MUTATIONS_PER_INVALID = 3;
    /** GEO countries per offer. */
    public static final int COUNTRIES = 30;
    /** Events per offer. */
    public static final int EVENTS = 5;

    private static final String[] COUNTRY_CODES = {
        "US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "SE", "NO", "DK", "FI", "PL", "CZ",
        "AT", "CH", "IE", "PT", "GR", "AU", "NZ", "JP", "KR", "SG", "BR", "MX", "AR", "CL", "ZA",
        "IN", "ID", "TH", "VN", "PH", "MY", "TR", "IL", "AE", "SA"};
    private static final String[][] REGIONS = {
        {"US", "TX", "CA", "NY", "FL", "WA"}, {"CA", "QC", "ON", "BC"}, {"DE", "BY", "BE", "HH"},
        {"AU", "NSW", "VIC", "QLD"}, {"ES", "MD", "CT"}};
    private static final String[] STATUSES = {"Active", "Active", "Active", "Pending", "Paused"};
    private static final String[] TYPES = {"Desktop", "Mobile", "Tablet"};
    private static final String[] CONVERSION_POINTS = {"Email Submit", "DOI", "SOI", "Download and Install"};
    private static final String[] ACCESS_TYPES = {"Private", "Public", "Need Approval"};
    private static final String[] PROTOCOLS = {"Server Postback URL", "iFrame Pixel", "Image Pixel"};
    private static final String[] LIFESPANS = {"1 Day", "1 Week", "2 Weeks", "1 Month"};
    private static final String[] INTERVALS = {"Daily", "Weekly", "Monthly"};
    private static final String[] OS = {"iOS", "Android", "Windows", "macOS"};
    private static final String[] BRANDS = {"Apple", "Samsung", "Xiaomi", "Huawei"};
    private static final String[] WORDS = {"Summer", "Cashback", "Shop", "Games", "Finance", "Travel",
        "Dating", "Sweeps", "Crypto", "Health", "Music", "News"};

    /** Single-rule mutations; each makes exactly one rule of the core report once. */
    private static final List<UnaryOperator<OfferBuilder>> MUTATIONS = List.of(
            b -> b.status("Live"),                                        // 6303
            b -> b.expireDate("2030/02/30"),                              // 6312
            b -> b.url("https://track.example.com/click?aff=1"),         // 6313 no {TID}
            b -> b.currency(69),                                          // 6324
            b -> b.payout(-1.0),                                          // 6327
            b -> b.ssl(2),                                                // 6319
            b -> b.previewUrl("/landing"),                                // 6316
            b -> b.sessionLifespan("2 Days"),                             // 6323
            b -> b.revenuePercent(101.0),                                 // 6328
            b -> b.name("   "),                                           // 6309
            b -> b.categories("6,x"),                                     // 63992
            b -> b.conversionPoint("Click"));                             // 6315

    private final SplittableRandom random;

    /** A generator with the benchmarks' {@link #SEED}. */
    public OfferGenerator() {
        this(SEED);
    }

    /** A generator with another seed. */
    public OfferGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next offer: valid with probability {@link #VALID_SHARE}, otherwise {@link #invalid()}. */
    public Offer next() {
        return random.nextDouble() < VALID_SHARE ? valid() : invalid();
    }

    /** {@code n} offers of {@link #next()}. */
    public List<Offer> next(int n) {
        List<Offer> offers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            offers.add(next());
        }
        return offers;
    }

    /** A valid offer. */
    public Offer valid() {
        return builder().build();
    }

    /**
     * The typical mix with mistakes across fields: 3 in 5 valid, 1 in 5 {@link #invalid()}, 1 in 5 with
     * one mistake no JSON Schema keyword can say ({@link #crossFieldInvalid()}). Not in the JMH data
     * kinds' defaults; {@link SchemaPeerCount} and {@code -p kind=cross} use it.
     */
    public Offer nextWithCrossField() {
        double r = random.nextDouble();
        return r < 0.6 ? valid() : r < 0.8 ? crossFieldInvalid() : invalid();
    }

    /** An offer whose cap interval limit is above its overall limit (6399, a comparison of two fields). */
    public Offer crossFieldInvalid() {
        OfferBuilder b = builder();
        long overall = 1_000L * (5 + random.nextInt(50));
        return b.caps(Caps.builder().hasCapLimit(1).capType("Conversion").capOverallLimit(overall)
                .capInterval(pick(INTERVALS)).capIntervalLimit(overall * 2)
                .capAffiliateOverallLimit(overall / 2).capAffiliateInterval(pick(INTERVALS))
                .capAffiliateIntervalLimit(overall / 20).capRange(0).build()).build();
    }

    /** An offer with {@link #MUTATIONS_PER_INVALID} distinct mutations. */
    public Offer invalid() {
        OfferBuilder b = builder();
        int taken = 0;
        int mask = 0;
        while (taken < MUTATIONS_PER_INVALID) {
            int m = random.nextInt(MUTATIONS.size());
            if ((mask & (1 << m)) == 0) {
                mask |= 1 << m;
                MUTATIONS.get(m).apply(b);
                taken++;
            }
        }
        return b.build();
    }

    private OfferBuilder builder() {
        int id = 1 + random.nextInt(900_000);
        String word = pick(WORDS);
        boolean percent = random.nextInt(4) == 0;
        return Offer.builder()
                .advertiserId(1 + random.nextInt(5_000))
                .name(word + " " + pick(WORDS) + " #" + id)
                .status(pick(STATUSES))
                .expireDate((2026 + random.nextInt(5)) + "/" + two(1 + random.nextInt(12)) + "/"
                        + two(1 + random.nextInt(28)) + (random.nextBoolean() ? " " + two(random.nextInt(24)) : ""))
                .type(pick(TYPES))
                .conversionPoint(pick(CONVERSION_POINTS))
                .previewUrl("https://" + word.toLowerCase() + ".example.com/lp?o=" + id)
                .url("https://trk.example.net/c?o=" + id + "&t={TID}")
                .accessType(pick(ACCESS_TYPES))
                .ssl(1)
                .trackingProtocol(pick(PROTOCOLS))
                .needSecurityToken(random.nextInt(2))
                .forceUnique(random.nextInt(2))
                .sessionLifespan(pick(LIFESPANS))
                .currency(1 + random.nextInt(68))
                .payoutType(percent ? "CPA+CPS" : "CPA")
                .payout(money(1, 40))
                .payoutPercent(percent ? (double) (5 + random.nextInt(30)) : null)
                .revenueType(percent ? "RPA+RPS" : "RPA")
                .revenue(money(40, 80))
                .revenuePercent(percent ? (double) (35 + random.nextInt(60)) : null)
                .hideReferrer(random.nextInt(2))
                .secondaryOffer(random.nextInt(3) == 0 ? 1 + random.nextInt(900_000) : null)
                .categories((1 + random.nextInt(20)) + "," + (21 + random.nextInt(20)))
                .appId(random.nextInt(3) == 0 ? "com.example." + word.toLowerCase() : null)
                .caps(caps())
                .tiers(PayoutTiers.builder().enablePayoutTier(1)
                        .tierPayout(List.of(PayoutTier.of(1, 3.0), PayoutTier.of(2, 3.5), PayoutTier.of(3, 4.25)))
                        .build())
                .geo(GeoTargeting.builder().geoTargeting(1).geoType(1).geoCountries(countries())
                        .geoEnforce(0).build())
                .device(DeviceTargeting.builder().deviceTargeting(1)
                        .deviceRules(List.of(DeviceRule.include("OS", pick(OS), pick(OS)),
                                DeviceRule.exclude("Device Brand", pick(BRANDS))))
                        .deviceRedirectOfferId(0)
                        .build())
                .events(events());
    }

    private Caps caps() {
        long overall = 1_000L * (5 + random.nextInt(50));
        return Caps.builder()
                .hasCapLimit(1)
                .capType(random.nextBoolean() ? "Budget" : "Conversion")
                .capOverallLimit(overall)
                .capInterval(pick(INTERVALS))
                .capIntervalLimit(overall / 10)
                .capAffiliateOverallLimit(overall / 2)
                .capAffiliateInterval(pick(INTERVALS))
                .capAffiliateIntervalLimit(overall / 20)
                .capRange(0)
                .build();
    }

    private List<GeoEntry> countries() {
        List<GeoEntry> entries = new ArrayList<>(COUNTRIES);
        int start = random.nextInt(COUNTRY_CODES.length);
        for (int i = 0; i < COUNTRIES; i++) {
            String country = COUNTRY_CODES[(start + i) % COUNTRY_CODES.length];
            String[] regions = regionsOf(country);
            int form = random.nextInt(10);
            if (regions != null && form < 3) {
                String first = regions[1 + random.nextInt(regions.length - 1)];
                entries.add(form == 0 ? GeoEntry.exclude(country, first) : GeoEntry.include(country, first));
            } else {
                entries.add(GeoEntry.of(country));
            }
        }
        return entries;
    }

    private static String[] regionsOf(String country) {
        for (String[] r : REGIONS) {
            if (r[0].equals(country)) {
                return r;
            }
        }
        return null;
    }

    private List<Event> events() {
        List<Event> events = new ArrayList<>(EVENTS);
        for (int i = 1; i <= EVENTS; i++) {
            events.add(Event.builder()
                    .id(i)
                    .eTkn(i == 1 ? null : "step_" + i)
                    .eventName(i == 1 ? "Install" : "Step " + i)
                    .status(1)
                    .preEventId(i == 1 ? -1 : i - 1)
                    .isEndPoint(i == EVENTS ? 1 : null)
                    .payoutType("CPA")
                    .payout(money(0, 1))
                    .revenueType("RPA")
                    .revenue(money(1, 2))
                    .build());
        }
        return events;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private double money(int from, int to) {
        int cents = from * 100 + random.nextInt((to - from) * 100 + 1);
        return Double.parseDouble(cents / 100 + "." + two(cents % 100));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}

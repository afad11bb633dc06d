package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.fixtures.AffiliateRequests;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.internal.Lookup;
import org.offerrules.validation.internal.Question;
import org.offerrules.validation.internal.Updates;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.SetAffiliatePostback;

/**
 * A request is one row of {@link Request}: these fail when a piece of a row is missing or wrong, and
 * when a request body of the model has no row.
 */
class RequestRowsTest {

    /** The main sources of the core and of offer-lint (when this module is built in the reactor). */
    private static final List<Path> MAIN = Stream.of(Path.of("src/main/java"), Path.of("../validation-cli/src/main/java"))
            .map(Path::toAbsolutePath).filter(Files::isDirectory).toList();

    @Test
    void everyRequestBodyOfTheModelHasARow() throws Exception {
        List<Class<?>> records = modelRecords();
        Set<Class<?>> nested = new HashSet<>();
        for (Class<?> record : records) {
            for (RecordComponent c : record.getRecordComponents()) {
                nested.add(c.getType());
                if (c.getGenericType() instanceof ParameterizedType p) {
                    for (Type argument : p.getActualTypeArguments()) {
                        if (argument instanceof Class<?> element) {
                            nested.add(element);
                        }
                    }
                }
            }
        }
        Set<Class<?>> rowTypes = new HashSet<>();
        for (Request r : Request.values()) {
            rowTypes.add(r.type());
        }
        // a body is a record no other record holds, or one that names its API method (METHOD)
        for (Class<?> record : records) {
            if (!nested.contains(record)) {
                assertThat(rowTypes).as("a row for the top-level record " + record.getSimpleName()).contains(record);
            }
            for (Field f : record.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getName().equals("METHOD")) {
                    String method = (String) f.get(null);
                    assertThat(Request.ofMethod(method)).as(record.getSimpleName() + "." + f.getName())
                            .hasValueSatisfying(r -> assertThat(r.type()).isEqualTo(record));
                }
            }
        }
        assertThat(records).contains(Offer.class, SetAffiliatePostback.class);
        assertThat(rowTypes).isSubsetOf(records);
    }

    @Test
    void methodsAreUniqueAndEveryTypeFindsItsRow() {
        Set<String> methods = new HashSet<>();
        for (Request r : Request.values()) {
            assertThat(methods.add(r.method())).as(r.method()).isTrue();
            assertThat(Request.ofMethod(r.method())).contains(r);
            assertThat(Request.of(r.type()).type()).isEqualTo(r.type());
        }
    }

    @Test
    void everyCodeARowNamesExistsAndItsLookupsAreLookupRulesOfItsCatalog() {
        for (Request r : Request.values()) {
            RuleCatalog catalog = r.catalog();
            for (Lookup<Object> lookup : r.lookups()) {
                ErrorCode code = ErrorCode.of(lookup.code());
                assertThat(catalog.rules(lookup.code())).as(r.method() + " " + lookup.code())
                        .contains(lookup.rule());
                assertThat(lookup.rule().kind()).isEqualTo(Rule.Kind.LOOKUP);
                // a lookup code is a lookup's, unless an input rule of the request reports its offline half (6387)
                boolean alsoOffline = catalog.rules(lookup.code()).stream().anyMatch(x -> x.kind() == Rule.Kind.ANNOTATION);
                assertThat(code.check()).as(r.method() + " " + lookup.code())
                        .isEqualTo(alsoOffline ? CheckKind.OFFLINE : CheckKind.LOOKUP);
            }
            if (r.hasUpdateMode()) {
                for (int target : r.updates().codes()) {
                    assertThat(ErrorCode.of(target).check()).as(r.method() + " " + target).isEqualTo(CheckKind.LOOKUP);
                    assertThat(catalog.rules(target)).extracting(Rule::source).as(r.method() + " " + target)
                            .contains("OfferValidator.validateUpdate");
                }
            }
            for (int code : catalog.reported()) {
                assertThat(ErrorCode.find(code)).as(r.method() + " " + code).isPresent();
            }
        }
    }

    @Test
    void everyRowWithAnUpdateModeHasAnIdAndItsKeyIsOfItsFields() {
        for (Request r : Request.values()) {
            if (!r.hasUpdateMode()) {
                assertThat(r.updateKey()).as(r.method()).isEmpty();
                assertThatThrownBy(() -> r.keyOf(Requests.valid(r))).isInstanceOf(IllegalStateException.class);
                continue;
            }
            assertThat(r.updateKey()).as(r.method()).startsWith("id");
            for (String name : r.updateKey()) {
                assertThat(Updates.field(r.type(), name).wireName()).isEqualTo(name);
            }
        }
        assertThat(Stream.of(Request.values()).filter(Request::hasUpdateMode).map(Request::updateKey))
                .containsExactly(List.of("id"), List.of("id"), List.of("id"), List.of("id", "offer_id"));
        assertThat(Request.SET_AFFILIATE_POSTBACK.keyOf(AffiliateRequests.postback()))
                .containsExactly(AffiliateRequests.postback().id(), AffiliateRequests.postback().offerId());
        assertThat(Request.SET_OFFER.keyOf(Offers.minimal().toBuilder().id(7).build())).containsExactly(7);
    }

    @Test
    void eachQuestionAsksTheLookupMethodItIsNamedFor() {
        for (Question q : Question.values()) {
            List<String> asked = new ArrayList<>();
            OfferLookup recording = (OfferLookup) Proxy.newProxyInstance(OfferLookup.class.getClassLoader(),
                    new Class<?>[] {OfferLookup.class}, (proxy, method, args) -> {
                        asked.add(method.getName());
                        return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                    });
            Lookup<Object> probe = q.asksOwner()
                    ? Lookup.ownedBySelf(6113, "/email", q, o -> "x@example.com", o -> 1, "probe")
                    : Lookup.exists(6105, "/id", q, o -> 3, "probe");
            probe.check(new Object(), ValidationMode.CREATE, recording, new ArrayList<>());
            assertThat(asked).as(q.name()).containsExactly(q.methodName());
        }
    }

    @Test
    void theRulesOfEveryRowAreItsAnnotationsTheReadersItsLookupsAndItsTargets() {
        assertThat(Request.SET_OFFER.catalog().rules(6304)).extracting(Rule::kind, Rule::pointer, Rule::source)
                .containsExactly(tuple(Rule.Kind.LOOKUP, "/id", "OfferLookup.offerExists"),
                        tuple(Rule.Kind.LOOKUP, "/id", "OfferValidator.validateUpdate"));
        assertThat(Request.SET_OFFER.catalog().rules(6216)).singleElement().extracting(Rule::sentence)
                .isEqualTo("every tier id exists (`OfferLookup.payoutTierExists`; data folder: `payout_tiers`), one report per unknown tier.");
        for (Request r : Request.values()) {
            assertThat(r.catalog().rules(6055)).as(r.method()).extracting(Rule::kind).containsExactly(Rule.Kind.READER);
            assertThat(r.catalog()).isSameAs(r.catalog());
        }
        assertThat(RuleCatalog.of(Offer.class)).isSameAs(Request.SET_OFFER.catalog());
    }

    /** The offer takes the generic path: current objects by row, as for every request with an update mode. */
    @Test
    void theOfferIsAnOrdinaryRow() {
        Offer current = Offers.minimal().toBuilder().id(9).build();
        Map<Integer, Offer> stored = Map.of(9, current);
        OfferValidator v = OfferValidator.builder().mode(ValidationMode.UPDATE)
                .current(Request.SET_OFFER, u -> stored.get((Integer) Request.SET_OFFER.keyOf(u).get(0))).build();

        assertThat(v.validate((Object) Offer.builder().id(9).name("Renamed").build()).isValid()).isTrue();
        assertThat(v.validate(Offer.builder().id(8).name("Renamed").build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6304, "/id"));
        assertThatThrownBy(() -> v.validateUpdate(current, Offer.builder().id(8).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id 8").hasMessageContaining("id 9");
        assertThatThrownBy(() -> OfferValidator.builder().current(Request.GENERATE_LINK, u -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generateLink has no update mode");
        // currentRequests serves the other requests, as before: an offer update is validated alone
        OfferValidator others = OfferValidator.builder().mode(ValidationMode.UPDATE).currentRequests(u -> null).build();
        assertThat(others.validate(Offer.builder().id(8).name("Renamed").build()).isValid()).isTrue();
    }

    /** No main source but the rows names a request's record in an {@code instanceof} or a {@code ==} on its class. */
    @Test
    void noChainNamesARequest() throws IOException {
        Set<String> bodies = new TreeSet<>();
        for (Request r : Request.values()) {
            bodies.add(r.type().getSimpleName());
        }
        Pattern chain = Pattern.compile("instanceof (\\w+)|[=!]= (\\w+)\\.class|(\\w+)\\.class [=!]=|[=!]= Request\\.\\w+");
        List<String> found = new ArrayList<>();
        assertThat(MAIN).isNotEmpty();
        for (Path root : MAIN) {
          try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith("Request.java") || file.toString().contains("/model/")) {
                    continue;
                }
                Matcher m = chain.matcher(Files.readString(file));
                while (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    if (name == null || bodies.contains(name)) {
                        found.add(root.relativize(file) + ": " + m.group());
                    }
                }
            }
          }
        }
        assertThat(found).isEmpty();
    }

    private static List<Class<?>> modelRecords() throws IOException, ClassNotFoundException {
        Path classes;
        try {
            classes = Path.of(Offer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("org/offerrules/validation/model");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName("org.offerrules.validation.model." + name.replace(".class", ""));
                    if (type.isRecord()) {
                        records.add(type);
                    }
                }
            }
        }
        return records;
    }

    /** The valid example of each request, from the core's fixtures. */
    private static final class Requests {
        static Object valid(Request r) {
            return org.offerrules.validation.fixtures.Requests.valid(r);
        }
    }
}

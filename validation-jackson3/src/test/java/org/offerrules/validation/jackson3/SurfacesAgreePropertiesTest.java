package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Source;
import org.offerrules.validation.jackson3.HandEditedDocuments.Case;
import org.offerrules.validation.jackson3.parser.JacksonParsers;
import org.offerrules.validation.wire.LazyDocuments;
import org.offerrules.validation.wire.WireReader;

/**
 * Every way in gives the same answers, on generated documents of every request and mode, valid or
 * broken the ways a hand-edited file breaks: a field dropped or of another JSON type, a number written
 * as text, the input cut at any byte, a character put in anywhere (among them characters of two, three
 * and four bytes), a character escaped, CRLF line ends, a byte order mark, non-ASCII text before a
 * broken value, a duplicate or unknown name. Read with Jackson 2 and Jackson 3, as text and as bytes,
 * with the byte tokenizer and with Jackson 3's parser alone, as a file of documents, and with the
 * Hibernate Validator engine: the same codes, pointers, severities, messages, lines and UTF-16 columns;
 * the record each read binds gives the same report under both engines.
 */
class SurfacesAgreePropertiesTest {

    static final long SEED = 0xA6DE_2026L;
    static final int EXAMPLES = Integer.getInteger("offerRules.examples", 2_000);

    private static final OfferValidator COMPILED = OfferValidator.create();
    private static final OfferValidator HV = OfferValidator.builder().engine(OfferValidator.Engine.HIBERNATE_VALIDATOR).build();
    private static final Map<Request, Map<ValidationMode, Readers>> READERS = new EnumMap<>(Request.class);

    /** The readers of one request and mode, one per way in. */
    record Readers(OfferReader jackson2, OfferReader jackson3, OfferReader hibernate, WireReader parserAlone) {
        static Readers of(Request request, ValidationMode mode) {
            WireReader.Options options = new WireReader.Options();
            options.validator(COMPILED);
            options.mode(mode);
            options.request(request.type());
            options.byteTokenizer(false);
            return new Readers(reader(2, request, mode, COMPILED), reader(3, request, mode, COMPILED),
                    reader(3, request, mode, HV), options.build(new JacksonParsers().sources()));
        }

        private static OfferReader reader(int jackson, Request request, ValidationMode mode, OfferValidator validator) {
            return OfferReader.builder().jackson(jackson).validator(validator).mode(mode).request(request.type()).build();
        }
    }

    private static synchronized Readers readers(Request request, ValidationMode mode) {
        return READERS.computeIfAbsent(request, r -> new EnumMap<>(ValidationMode.class))
                .computeIfAbsent(mode, m -> Readers.of(request, m));
    }

    @Test
    void everyWayInGivesTheSameAnswers() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(Source.gen(HandEditedDocuments::generate))
                .checkAssert(SurfacesAgreePropertiesTest::agree);
    }

    /** Some of the broken documents must reach the readers' syntax errors, or the property says little. */
    @Test
    void theGeneratedDocumentsAreValidBrokenAndWrongInTheirValues() {
        Source s = Source.seeded(SEED);
        int broken = 0;
        int valid = 0;
        for (int i = 0; i < 400; i++) {
            Case c = HandEditedDocuments.generate(s);
            ReadResult read = readers(c.request(), c.mode()).jackson3().read(c.json(), c.request().type());
            broken += read.report().violations().stream().anyMatch(v -> v.codeNumber() == 6055) ? 1 : 0;
            valid += read.isValid() ? 1 : 0;
        }
        assertThat(broken).isBetween(40, 300);
        assertThat(valid).isBetween(20, 300);
    }

    static void agree(Case c) {
        Readers r = readers(c.request(), c.mode());
        Class<? extends Record> type = c.request().type();
        byte[] bytes = c.json().getBytes(StandardCharsets.UTF_8);
        ReadResult text3 = r.jackson3().read(c.json(), type);
        List<String> expected = lines(text3.report());
        assertThat(lines(r.jackson3().read(bytes).report())).as("Jackson 3, bytes").isEqualTo(expected);
        assertThat(lines(r.jackson2().read(c.json(), type).report())).as("Jackson 2, text").isEqualTo(expected);
        assertThat(lines(r.jackson2().read(bytes).report())).as("Jackson 2, bytes").isEqualTo(expected);
        assertThat(lines(r.hibernate().read(c.json(), type).report())).as("Hibernate Validator").isEqualTo(expected);
        try {
            assertThat(lines(r.parserAlone().read(bytes).report())).as("Jackson 3's parser alone, bytes").isEqualTo(expected);
            assertThat(documents(r.parserAlone(), bytes)).as("Jackson 3's parser alone, a file").isEqualTo(expected);
            assertThat(documents(r.jackson3(), bytes)).as("Jackson 3, a file of one document").isEqualTo(expected);
            assertThat(documents(r.jackson2(), bytes)).as("Jackson 2, a file of one document").isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object bound = text3.request();
        if (bound != null) {
            assertThat(rules(HV.validate(bound, c.mode()))).as("the Java API, Hibernate Validator")
                    .isEqualTo(rules(COMPILED.validate(bound, c.mode())));
        }
    }

    private static List<String> documents(OfferReader reader, byte[] file) throws IOException {
        List<String> out = new ArrayList<>();
        try (var docs = reader.documents(new ByteArrayInputStream(file))) {
            docs.forEachRemaining(d -> out.addAll(lines(d.result().report())));
        }
        return out;
    }

    private static List<String> documents(WireReader reader, byte[] file) throws IOException {
        List<String> out = new ArrayList<>();
        try (LazyDocuments docs = reader.documents(new ByteArrayInputStream(file))) {
            docs.forEachRemaining(d -> out.addAll(lines(d.outcome().report())));
        }
        return out;
    }

    private static List<String> lines(ValidationReport report) {
        return report.violations().stream()
                .map(v -> v.line() + ":" + v.column() + " " + v.severity() + " " + v.codeNumber() + " " + v.pointer() + " "
                        + v.message())
                .toList();
    }

    private static List<String> rules(ValidationReport report) {
        return report.violations().stream().map(Violation::toString).toList();
    }
}

package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Violation;
import org.offerrules.validation.jackson3.parser.JacksonParsers;
import org.offerrules.validation.wire.LazyDocuments;
import org.offerrules.validation.wire.Outcome;
import org.offerrules.validation.wire.WireReader;

/**
 * The wire module's byte tokenizer against Jackson 3's parser, on {@link AgreementTest}'s documents (the
 * mutation catalogue of every request, the hostile corpus, the hostile shapes): read as one body of
 * bytes and as a file of documents, with the tokenizer and with the parser alone, they give the same
 * request and the same problems at the same lines and columns.
 */
class ByteTokenizerAgreementTest {

    private static final OfferValidator VALIDATOR = OfferValidator.create();

    private static WireReader reader(AgreementTest.Case c, boolean tokenizer) {
        WireReader.Options options = new WireReader.Options();
        options.validator(VALIDATOR);
        options.mode(c.mode());
        options.request(c.type());
        options.byteTokenizer(tokenizer);
        return options.build(new JacksonParsers().sources());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.offerrules.validation.jackson3.AgreementTest#documents")
    void theTokenizerReadsAsJackson3Does(AgreementTest.Case c) throws IOException {
        WireReader fast = reader(c, true);
        WireReader parser = reader(c, false);
        Outcome expected = parser.read(c.bytes());
        Outcome actual = fast.read(c.bytes());
        assertThat(lines(actual)).isEqualTo(lines(expected));
        assertThat(actual.request()).isEqualTo(expected.request());
        assertThat(documents(fast, c.bytes())).isNotEmpty().isEqualTo(documents(parser, c.bytes()));
    }

    private static List<String> documents(WireReader reader, byte[] file) throws IOException {
        List<String> out = new ArrayList<>();
        try (LazyDocuments docs = reader.documents(new ByteArrayInputStream(file))) {
            docs.forEachRemaining(d -> out.add(d.index() + "@" + d.line() + " " + lines(d.outcome())));
        }
        return out;
    }

    private static List<String> lines(Outcome outcome) {
        return outcome.report().violations().stream().map(ByteTokenizerAgreementTest::line).toList();
    }

    private static String line(Violation v) {
        return v.line() + ":" + v.column() + " " + v.severity() + " " + v.codeNumber() + " " + v.pointer() + " "
                + v.message() + " | " + v.rejectedValue();
    }
}

package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.Offer;

/** The Jackson modules' shared settings: feature bits, the mode they choose, and what a read does. */
class ModuleSettingsTest {

    @Test
    void onlyValidateOnReadIsOnByDefault() {
        ModuleSettings s = new ModuleSettings();
        assertThat(s.isEnabled(ModuleSettings.VALIDATE_ON_READ)).isTrue();
        assertThat(s.isEnabled(ModuleSettings.UPDATE_MODE)).isFalse();
        assertThat(s.isEnabled(ModuleSettings.FAIL_ON_WARNINGS)).isFalse();
        assertThat(s.isEnabled(ModuleSettings.STRICT_TYPES)).isFalse();
        s.enable(ModuleSettings.STRICT_TYPES | ModuleSettings.FAIL_ON_WARNINGS);
        s.disable(ModuleSettings.VALIDATE_ON_READ);
        assertThat(s.isEnabled(ModuleSettings.STRICT_TYPES)).isTrue();
        assertThat(s.isEnabled(ModuleSettings.FAIL_ON_WARNINGS)).isTrue();
        assertThat(s.isEnabled(ModuleSettings.VALIDATE_ON_READ)).isFalse();
    }

    @Test
    void theModeIsTheValidatorsUnlessUpdateModeWasSet() throws IOException {
        OfferValidator update = OfferValidator.builder().mode(ValidationMode.UPDATE).build();
        ModuleSettings s = new ModuleSettings();
        s.validator(update);
        // an update validator's mode: no 6308 for the missing name
        assertThat(codes(s.binding(), "{'id': 1}", null)).isEmpty();
        s.disable(ModuleSettings.UPDATE_MODE); // set explicitly: create mode wins over the validator's
        assertThat(codes(s.binding(), "{'id': 1}", null)).contains(6308);
        s.enable(ModuleSettings.UPDATE_MODE);
        assertThat(codes(s.binding(), "{'id': 1}", null)).isEmpty();
        // the read's attribute wins over both
        assertThat(codes(s.binding(), "{'id': 1}", ValidationMode.CREATE)).contains(6308);
        assertThat(codes(new ModuleSettings().binding(), "{}", null)).contains(6308);
    }

    @Test
    void anAttributeThatIsNoModeIsRefused() {
        ModuleSettings.Binding b = new ModuleSettings().binding();
        assertThatThrownBy(() -> b.read(TestJson.started("{}"), Columns.CHARS, WireSchema.OFFER, "update"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the attribute org.offerrules.validation.mode must be a ValidationMode, not java.lang.String");
    }

    @Test
    void strictTypesAndValidateOnReadReachTheBinder() throws IOException {
        ModuleSettings s = new ModuleSettings();
        s.enable(ModuleSettings.STRICT_TYPES | ModuleSettings.UPDATE_MODE);
        assertThat(codes(s.binding(), "{'id': '1'}", null)).containsExactly(6302);
        s.disable(ModuleSettings.STRICT_TYPES | ModuleSettings.VALIDATE_ON_READ);
        Outcome o = s.binding().read(TestJson.started("{\"id\": \"1\", \"name\": \" \"}"), Columns.CHARS,
                WireSchema.OFFER, null);
        assertThat(o.report().violations()).isEmpty(); // the blank name is a rule's, and the rules did not run
        assertThat(o.request()).isEqualTo(Offer.builder().id(1).name(" ").build());
        Outcome paging = s.binding().read(TestJson.started("{\"page\": 2}"), Columns.CHARS,
                WireSchema.of(ListPaging.class), null);
        assertThat(paging.request()).isEqualTo(new ListPaging(2, null, null));
    }

    @Test
    void aReadFailsOnNoRequestOnAnErrorAndOnWarningsWhenAsked() {
        Violation warning = Violation.of(ErrorCode.of(6820), "/x", "x", java.util.Map.of("param_name", "x"))
                .withSeverity(org.offerrules.validation.Severity.WARNING);
        Violation error = Violation.of(ErrorCode.of(6319), "/ssl", 2);
        Offer offer = Offer.builder().id(1).build();
        ModuleSettings s = new ModuleSettings();
        ModuleSettings.Binding lenient = s.binding();
        assertThat(lenient.fails(new Outcome(offer, ValidationReport.empty()))).isFalse();
        assertThat(lenient.fails(new Outcome(offer, ValidationReport.of(List.of(warning))))).isFalse();
        assertThat(lenient.fails(new Outcome(offer, ValidationReport.of(List.of(error))))).isTrue();
        assertThat(lenient.fails(new Outcome(null, ValidationReport.empty()))).isTrue();
        s.enable(ModuleSettings.FAIL_ON_WARNINGS);
        assertThat(s.binding().fails(new Outcome(offer, ValidationReport.of(List.of(warning))))).isTrue();
        // a binding is fixed when it is made
        assertThat(lenient.fails(new Outcome(offer, ValidationReport.of(List.of(warning))))).isFalse();
    }

    /** The exception's message is what applications log: every code, pointer and position, on one line. */
    @Test
    void describeListsEveryViolationWithItsPositionOnOneLine() {
        Violation a = Violation.of(ErrorCode.of(6319), "/ssl", 2).at(1, 9);
        Violation b = Violation.of(ErrorCode.of(6302), "/id", -1).at(2, 3);
        assertThat(ModuleSettings.describe(ValidationReport.empty())).isEqualTo("invalid offer");
        assertThat(ModuleSettings.describe(ValidationReport.of(List.of(a))))
                .isEqualTo("invalid offer: 1 violation: 1:9: error 6319 Invalid SSL (/ssl)");
        assertThat(ModuleSettings.describe(ValidationReport.of(List.of(b, a))))
                .isEqualTo("invalid offer: 2 violations: 1:9: error 6319 Invalid SSL (/ssl); 2:3: error 6302 "
                        + ErrorCode.of(6302).message(java.util.Map.of()) + " (/id)");
        // read from a tree: no position to give
        assertThat(ModuleSettings.describe(ValidationReport.of(List.of(Violation.of(ErrorCode.of(6319), "/ssl", 2)))))
                .isEqualTo("invalid offer: 1 violation: error 6319 Invalid SSL (/ssl)");
    }

    @Test
    void describeEscapesWhatWouldBreakTheLogLineAndBoundsTheList() {
        Violation text = new Violation(ErrorCode.of(6306), "/advertiser_id", "Invalid Advertiser ID (found \"a\nb\r\u2028\u0001\")",
                org.offerrules.validation.Severity.ERROR, "a", java.util.Map.of(), 1, 18);
        assertThat(ModuleSettings.describe(ValidationReport.of(List.of(text))))
                .isEqualTo("invalid offer: 1 violation: 1:18: error 6306 Invalid Advertiser ID (found \"a\\nb\\r\\u2028\\u0001\") (/advertiser_id)");

        List<Violation> many = new java.util.ArrayList<>();
        for (int i = 1; i <= ValidationReport.SUMMARIZED + 5; i++) {
            many.add(Violation.of(ErrorCode.of(6319), "/ssl", 2).at(i, 1));
        }
        String message = ModuleSettings.describe(ValidationReport.of(many));
        assertThat(message).startsWith("invalid offer: 25 violations: 1:1: error 6319 Invalid SSL (/ssl); 2:1: ")
                .contains("; 20:1: error 6319").doesNotContain("21:1").endsWith("(/ssl); and 5 more");
    }

    @Test
    void coordinatesAreReadFromVersionProperties() {
        String text = "groupId=org.offerrules\nartifactId=validation-jackson\nversion=1.2.3\n";
        assertThat(ModuleSettings.coordinates(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1))))
                .containsExactly("org.offerrules", "validation-jackson", "1.2.3");
        assertThat(ModuleSettings.coordinates(null)).containsExactly(null, null, null);
        assertThat(ModuleSettings.coordinates(new ByteArrayInputStream("version=2\n".getBytes(StandardCharsets.ISO_8859_1))))
                .containsExactly(null, null, "2");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("gone");
            }
        };
        assertThat(ModuleSettings.coordinates(failing)).containsExactly(null, null, null);
    }

    private static List<Integer> codes(ModuleSettings.Binding b, String json, Object mode) throws IOException {
        Outcome o = b.read(TestJson.started(BinderTest.json(json)), Columns.CHARS, WireSchema.OFFER, mode);
        return o.report().violations().stream().map(Violation::codeNumber).toList();
    }
}

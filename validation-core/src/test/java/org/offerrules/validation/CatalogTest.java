package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final Pattern ROW = Pattern.compile("^(\\d+) \\| (.*) \\|\\s*$");

    /** The API's dictionary, code to message, parsed from the seed file (a committed copy). */
    static Map<Integer, String> dictionary() throws IOException {
        try (InputStream in = CatalogTest.class.getResourceAsStream("/seeds/error-codes-dictionary.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Map<Integer, String> parse(String text) {
        Map<Integer, String> codes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String previous = codes.put(Integer.parseInt(m.group(1)), m.group(2).replace("\\'", "'"));
                assertThat(previous).as("code %s twice in the seed", m.group(1)).isNull();
            }
        }
        return codes;
    }

    @Test
    void theCatalogMatchesTheApiDictionaryCodeForCode() throws IOException {
        Map<Integer, String> dictionary = dictionary();
        assertThat(dictionary.keySet()).containsExactlyInAnyOrderElementsOf(
                ErrorCode.all().stream().map(ErrorCode::number).toList());

        List<Integer> numbers = new ArrayList<>();
        for (ErrorCode code : ErrorCode.all()) {
            numbers.add(code.number());
            assertThat(code.messageTemplate()).as("message of %s", code.number()).isEqualTo(dictionary.get(code.number()));
        }
        assertThat(numbers).containsExactlyElementsOf(dictionary.keySet().stream().sorted().toList());
        assertThat(new HashSet<>(numbers)).hasSameSizeAs(numbers);
    }

    @Test
    void theCommittedSeedCopyIsTheSharedSeedWhenThatIsPresent() throws IOException {
        Path shared = Path.of("../../shared/seeds/000_bb99122745e2d508.txt");
        if (Files.exists(shared)) {
            assertThat(parse(Files.readString(shared))).isEqualTo(dictionary());
        }
    }

    @Test
    void everyCodeHasAMessageInTheBundleAndTheBundleNoOtherKey() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = CatalogTest.class.getResourceAsStream("/org/offerrules/validation/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<Integer> keys = new HashSet<>();
        bundle.stringPropertyNames().forEach(k -> keys.add(Integer.parseInt(k)));
        Set<Integer> codes = new HashSet<>();
        ErrorCode.all().forEach(c -> codes.add(c.number()));
        assertThat(keys).isEqualTo(codes);
        ErrorCode.all().forEach(c -> assertThat(c.messageTemplate()).isNotBlank());
    }

    @Test
    void parameterisedMessagesNameTheirPlaceholders() {
        assertThat(ErrorCode.of(6334).parameterNames()).containsExactly("tierId");
        assertThat(ErrorCode.of(6357).parameterNames()).containsExactly("country");
        assertThat(ErrorCode.of(6359).parameterNames()).containsExactly("state", "country");
        assertThat(ErrorCode.of(6820).parameterNames()).containsExactly("param_name");
        assertThat(ErrorCode.of(6910).parameterNames()).containsExactly("min", "max", "param_name");
        assertThat(ErrorCode.of(6910).message(Map.of("min", 1, "max", 10000, "param_name", "page_size")))
                .isEqualTo("Please enter a number between 1 and 10000 for page_size");
        assertThat(ErrorCode.of(6357).message(Map.of())).isEqualTo("Invalid GEO Country: {country}");
    }

    @Test
    void httpStatusAndClientActionFollowTheApiErrorSemantics() {
        assertThat(ErrorCode.of(6041)).satisfies(c -> {
            assertThat(c.httpStatus()).isEqualTo(429);
            assertThat(c.action()).isEqualTo(ClientAction.THROTTLE);
        });
        for (int retryable : new int[] {6005, 6006, 6100, 6300, 6814}) {
            assertThat(ErrorCode.of(retryable).action()).as("%s", retryable).isEqualTo(ClientAction.RETRY);
            assertThat(ErrorCode.of(retryable).check()).isEqualTo(CheckKind.SERVER);
        }
        assertThat(ErrorCode.of(6207).httpStatus()).isEqualTo(409);
        assertThat(ErrorCode.of(6033).httpStatus()).isEqualTo(405);
        assertThat(ErrorCode.of(6012).action()).isEqualTo(ClientAction.REAUTHENTICATE);
        assertThat(ErrorCode.of(6920).action()).isEqualTo(ClientAction.CHECK_PERMISSION);
        assertThat(ErrorCode.of(6399)).satisfies(c -> {
            assertThat(c.family()).isEqualTo(ErrorFamily.OFFER);
            assertThat(c.httpStatus()).isEqualTo(400);
            assertThat(c.action()).isEqualTo(ClientAction.FIX_REQUEST);
            assertThat(c.check()).isEqualTo(CheckKind.OFFLINE);
        });
        assertThat(ErrorCode.of(6307).check()).isEqualTo(CheckKind.LOOKUP);
        assertThat(ErrorCode.of(6709).family()).isEqualTo(ErrorFamily.EVENT);
        assertThat(ErrorCode.of(63993).family()).isEqualTo(ErrorFamily.OFFER);
        assertThat(ErrorCode.of(6801).family()).isEqualTo(ErrorFamily.APPLICATION);
    }

    @Test
    void whereTheVendorsMethodPagesDifferFromTheGeneralTableTheyWin() {
        // brief 1.8: the method pages answer these with 400 (6422: 404); the action stays the code's own
        for (int code : new int[] {6011, 6012, 6022, 6023, 6404, 6414, 6421, 6602}) {
            assertThat(ErrorCode.of(code).httpStatus()).as("%s", code).isEqualTo(400);
        }
        assertThat(ErrorCode.of(6422).httpStatus()).isEqualTo(404);
        assertThat(ErrorCode.of(6011).action()).isEqualTo(ClientAction.REAUTHENTICATE);
        assertThat(ErrorCode.of(6602).action()).isEqualTo(ClientAction.CHECK_PERMISSION);
        assertThat(ErrorCode.of(6422).action()).isEqualTo(ClientAction.FIX_REQUEST);
    }

    @Test
    void noSuchCampaignIsTheServersAnswer() {
        // getLink's page (https://support.fuseclick.com/api/afn/campaignmethods/2016/0808/294.html): 404, 6422 when
        // no link was generated for the pair; no method page lists the links (campaigns), so no data folder holds them
        assertThat(ErrorCode.of(6422).check()).isEqualTo(CheckKind.SERVER);
    }

    @Test
    void unknownNumbersAreRejected() {
        assertThat(ErrorCode.find(6004)).isEmpty();
        assertThat(ErrorCode.find(63994)).isEmpty();
        assertThatThrownBy(() -> ErrorCode.of(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ErrorCode.of(6399)).isSameAs(ErrorCode.of(6399));
    }
}

package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code offer-lint --request setAffiliateBaseInfo} and {@code setAffiliatePaymentInfo}. */
class AffiliateRequestsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAffiliateWithABrokenEmailAndStateIs6206And6224(@TempDir Path dir) throws Exception {
        Path valid = dir.resolve("affiliate.json");
        Files.writeString(valid, "{\"email\":\"pub@example.com\",\"status\":\"Active\",\"first_name\":\"Grace\","
                + "\"password\":\"s3cret!\",\"country\":\"CA\",\"state\":\"ON\"}");
        Cli ok = Cli.run("--no-progress", "--request", "setAffiliateBaseInfo", valid.toString());
        assertThat(ok.status()).as(ok.out() + ok.err()).isEqualTo(OfferLint.OK);

        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"email\":\"x@\",\"status\":\"Active\",\"first_name\":\"Grace\","
                + "\"password\":\"s3cret!\",\"country\":\"CA\",\"state\":\"CA\"}");
        Cli cli = Cli.run("--no-progress", "--request", "setAffiliateBaseInfo", "--format", "json", file.toString());
        assertThat(cli.status()).as(cli.err()).isEqualTo(OfferLint.FINDINGS);
        JsonNode report = JSON.readTree(cli.out());
        assertThat(report.get("violations")).extracting(v -> v.get("code").asInt() + " " + v.get("pointer").asText())
                .containsExactlyInAnyOrder("6206 /email", "6224 /state");
    }

    /**
     * The setAffiliatePaymentInfo page (https://support.fuseclick.com/api/afn/setaffiliateapimethods/2016/0808/269.html)
     * marks {@code check_payment_type} optional: a check without it is valid (it was 6221), and the page's
     * method-specific fields are parameters, not unknown ones (they were 6820 warnings); a bad
     * {@code check_payment_to} is still 6221.
     */
    @Test
    void aCheckWithoutItsTypeAndWithThePagesFieldsIsValidAsAFormBody() throws Exception {
        Cli cli = Cli.withStdin("id=21&payment_method=Check&check_payment_to=0&check_address_1=1+Main+St"
                + "&check_address_2=Suite+2&check_city=Austin&check_country=US&check_state=TX&check_zipcode=73301"
                + "\nid=21&payment_method=Check&check_payment_to=2&wire_bank=First",
                "--no-progress", "--request", "setAffiliatePaymentInfo", "--stdin-format", "form", "--format", "json", "-");
        assertThat(cli.status()).as(cli.err()).isEqualTo(OfferLint.FINDINGS);
        assertThat(JSON.readTree(cli.out()).get("violations")).extracting(v -> v.get("code").asInt() + " "
                + v.get("pointer").asText()).containsExactly("6221 /check_payment_to");
    }
}

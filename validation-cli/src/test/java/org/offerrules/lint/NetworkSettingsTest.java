package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ApiError;

class NetworkSettingsTest {

    /** push and data pull said a bare 500 as "HTTP 500 HTTP 500" and "0 HTTP 500". */
    @Test
    void anAnswerIsSaidWithItsCodeOrItsStatusOnce() {
        assertThat(NetworkSettings.describe(ApiError.decode(500, null, null))).isEqualTo("HTTP 500");
        assertThat(NetworkSettings.describe(ApiError.decode(502, null, "Bad Gateway"))).isEqualTo("HTTP 502 Bad Gateway");
        assertThat(NetworkSettings.describe(ApiError.decode(400, 6012, "Invalid API Key"))).isEqualTo("6012 Invalid API Key");
    }
}

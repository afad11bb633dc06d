package org.offerrules.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LandingTest {

    @Test
    void storesCompareTheApp() {
        assertThat(Landing.same("https://apps.apple.com/us/app/game/id123456?mt=8", "https://itunes.apple.com/app/id123456")).isTrue();
        assertThat(Landing.same("https://apps.apple.com/gb/app/id123456", "https://apps.apple.com/gb/app/id999")).isFalse();
        assertThat(Landing.same("https://play.google.com/store/apps/details?id=com.example.game&hl=en",
                "market://details?id=com.example.game")).isTrue();
        assertThat(Landing.same("https://play.google.com/store/apps/details?id=com.other",
                "https://play.google.com/store/apps/details?id=com.example.game")).isFalse();
        assertThat(Landing.same("https://example.com/store/apps/details", "https://play.google.com/store/apps/details?id=a")).isFalse();
    }

    @Test
    void otherPagesCompareHostAndPathNotTheQuery() {
        assertThat(Landing.same("https://Shop.example.com/sale/?utm=1", "http://shop.example.com/sale")).isTrue();
        assertThat(Landing.same("https://shop.example.com", "https://shop.example.com/")).isTrue();
        assertThat(Landing.same("https://shop.example.com/sale", "https://shop.example.com/other")).isFalse();
        assertThat(Landing.same("https://www.example.com/sale", "https://example.com/sale")).isFalse();
    }

    @Test
    void jsonReader() {
        java.util.Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("error", null);
        expected.put("data", List.of("aA\n", 25.0, true, false));
        expected.put("meta", Map.of());
        assertThat(Json.parse(" {\"error\":null,\"data\":[\"a\\u0041\\n\", 2.5e1, true, false],\"meta\":{}} ")).isEqualTo(expected);
        Object parsed = Json.parse("[1,[2,[]],{\"k\":\"v\"}]");
        assertThat(parsed).isEqualTo(List.of(1.0, List.of(2.0, List.of()), Map.of("k", "v")));
        for (String bad : new String[] {"", "{", "[1,]", "{\"a\" 1}", "\"open", "nul", "[1] 2", "[".repeat(100)}) {
            assertThatThrownBy(() -> Json.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

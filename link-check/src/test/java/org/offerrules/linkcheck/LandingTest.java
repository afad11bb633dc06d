package org.offerrules.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

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
}

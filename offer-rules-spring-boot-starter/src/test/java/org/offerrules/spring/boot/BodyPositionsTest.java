package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a violation found after the read is placed in the body it was read from. */
class BodyPositionsTest {

    private static String at(BodyPositions body, String pointer) {
        long at = body.find(pointer);
        return at == 0 ? "-" : (at >>> 32) + ":" + (int) at;
    }

    @Test
    void aJsonPointerIsPlacedAtItsValue() {
        BodyPositions body = new BodyPositions("{\"name\": \"Café\",\n  \"id\": 32,\n  \"geo_countries\": [\"US\", \"DE\"]}", false);

        assertThat(at(body, "/id")).isEqualTo("2:9");
        assertThat(at(body, "/name")).isEqualTo("1:10");
        assertThat(at(body, "/geo_countries/1")).isEqualTo("3:27");
        assertThat(at(body, "/ssl")).isEqualTo("-");
        assertThat(at(new BodyPositions("not json", false), "/id")).isEqualTo("-");
    }

    @Test
    void aFormParameterIsPlacedAtItsName() {
        BodyPositions body = new BodyPositions("name=Caf%C3%A9&id=32&ssl", true);

        assertThat(at(body, "/id")).isEqualTo("1:16");
        assertThat(at(body, "/name")).isEqualTo("1:1");
        assertThat(at(body, "/ssl")).isEqualTo("1:22");
        assertThat(at(body, "/currency")).isEqualTo("-");
    }

    /** A byte order mark is not counted in the first line's columns, as the readers do not count it. */
    @Test
    void aByteOrderMarkIsSkippedAsTheReadersSkipIt() {
        BodyPositions json = new BodyPositions("\uFEFF{\"name\": \"Caf\u00e9\",\n  \"id\": 32}", false);
        assertThat(at(json, "/name")).isEqualTo("1:10");
        assertThat(at(json, "/id")).isEqualTo("2:9");
        BodyPositions form = new BodyPositions("\uFEFFname=Caf%C3%A9&id=32", true);
        assertThat(at(form, "/name")).isEqualTo("1:1");
        assertThat(at(form, "/id")).isEqualTo("1:16");
    }
}

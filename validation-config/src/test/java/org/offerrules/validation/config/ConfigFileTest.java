package org.offerrules.validation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Request;
import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.RuleSettings.Level;
import org.offerrules.validation.ValidationMode;

class ConfigFileTest {

    private static final Path FILE = Path.of("/repo/.offer-lint.yaml");

    private static ConfigFile read(String yaml) {
        return ConfigFile.read(new StringReader(yaml), FILE);
    }

    @Test
    void readsEveryKey() {
        ConfigFile config = read("""
                rules:
                  "6820": warning
                  63993: off
                  offer: error
                overrides:
                  - files: ["legacy/**"]
                    rules: {"6313": off}
                  - files: ["advertisers/**", "adv/*.json"]
                    request: setAdvertiser
                    mode: update
                    strict-types: true
                house-rules:
                  - {code: ACME-1, message: "a preview URL, please", required: preview_url}
                data: network
                """);
        assertThat(config.data()).contains(Path.of("/repo/network"));
        RuleSettings settings = config.settings();
        assertThat(settings.rules()).containsExactly(java.util.Map.entry("6820", Level.WARNING),
                java.util.Map.entry("63993", Level.OFF), java.util.Map.entry("offer", Level.ERROR));
        assertThat(settings.base()).contains(Path.of("/repo"));
        assertThat(settings.overrides()).hasSize(2);
        RuleSettings.Resolved legacy = settings.resolve(Path.of("/repo/legacy/a/old.json"));
        assertThat(legacy.level(ErrorCode.of(6313))).contains(Level.OFF);
        assertThat(legacy.level(ErrorCode.of(6820))).contains(Level.WARNING);
        assertThat(settings.resolve(Path.of("/repo/new.json")).level(ErrorCode.of(6313))).contains(Level.ERROR);
        RuleSettings.Resolved advertisers = settings.resolve(Path.of("/repo/advertisers/x.json"));
        assertThat(advertisers.request()).contains(Request.SET_ADVERTISER);
        assertThat(advertisers.mode()).contains(ValidationMode.UPDATE);
        assertThat(advertisers.strictTypes()).contains(true);
        assertThat(settings.resolve(Path.of("/elsewhere/advertisers/x.json")).request()).isEmpty();
        assertThat(config.houseRules()).singleElement().satisfies(rule -> {
            assertThat(rule.code().id()).isEqualTo("ACME-1");
            assertThat(rule.request()).isEqualTo(Request.SET_OFFER);
        });
    }

    @Test
    void anEmptyFileChangesNothing() {
        assertThat(read("").settings().isEmpty()).isTrue();
        assertThat(read("# nothing yet\n").houseRules()).isEmpty();
        assertThat(read("# nothing yet\n").data()).isEmpty();
    }

    @Test
    void aTrailingDocumentMarkerWithNothingAfterItIsNoSecondDocument() {
        // an editor or a generator may end the file with ---: the empty document holds no settings to lose
        assertThat(read("rules:\n  \"6820\": off\n---\n").settings().rules()).containsExactly(java.util.Map.entry("6820", Level.OFF));
        assertThat(read("rules:\n  \"6820\": off\n---\n# nothing\n").settings().rules())
                .containsExactly(java.util.Map.entry("6820", Level.OFF));
    }

    @Test
    void aBadHouseRuleIsOneLineOfTheFile() {
        assertThatThrownBy(() -> read("rules: {}\nhouse-rules:\n  - code: ACME-1\n    message: m\n    compare: {left: payout, opp: \"<=\", right: revenue}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(FILE + ":5: house-rules[0].compare")
                .hasMessageContaining("did you mean op?");
    }

    @Test
    void aHouseCodeIsARuleKeyAndOneNoHouseRuleHasIsOneLineAtItsKey() {
        ConfigFile config = read("""
                rules:
                  ACME-1: warning
                overrides:
                  - files: ["legacy/**"]
                    rules: {ACME-1: off, PLUG-1: off}
                house-rules:
                  - {code: ACME-1, message: "a preview URL, please", required: preview_url}
                """);
        assertThat(config.settings().rules()).containsEntry("ACME-1", Level.WARNING);
        assertThat(config.settings().resolve(Path.of("/repo/legacy/a.json")).level(config.houseRules().get(0).code()))
                .contains(Level.OFF);
        // PLUG-1 is a --plugin's rule: only the caller knows it
        org.offerrules.validation.HouseRule plugin = org.offerrules.validation.HouseRule.define("PLUG-1", "m")
                .required("name");
        config.checkHouseCodes(java.util.List.of(plugin));
        assertThatThrownBy(() -> config.checkHouseCodes(java.util.List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("/repo/.offer-lint.yaml:5: overrides[0].rules.PLUG-1: no house rule has this code "
                        + "(the house rules' codes: ACME-1)");
    }

    /** Each kind of bad file: one line with the file, the line, the key and a suggestion. */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                // SnakeYAML reads a key of at most 1,024 characters, and says "mapping values are not allowed here"
                Arguments.of("a key longer than YAML reads", "rules:\n  \"6820\": off\n  " + "a".repeat(1100) + ": off\n",
                        "/repo/.offer-lint.yaml:3: not YAML: a key of 1100 characters; YAML reads a key of at most 1024: "
                                + "shorten it"),
                Arguments.of("a quoted key longer than YAML reads", "overrides:\n  - files: [\"a/**\"]\n    \""
                                + "b".repeat(2000) + "\": 1\n",
                        "/repo/.offer-lint.yaml:3: not YAML: a key of 2002 characters; YAML reads a key of at most 1024: "
                                + "shorten it"),
                Arguments.of("a top key longer than YAML reads", "c".repeat(1025) + ": x\n",
                        "/repo/.offer-lint.yaml:1: not YAML: a key of 1025 characters; YAML reads a key of at most 1024: "
                                + "shorten it"),
                Arguments.of("unknown key", "rules: {}\nrulez:\n  \"6820\": off\n",
                        "/repo/.offer-lint.yaml:2: rulez: unknown key; did you mean rules?"),
                Arguments.of("unknown key in an override", "overrides:\n  - files: [\"a/**\"]\n    reqest: setAdvertiser\n",
                        "/repo/.offer-lint.yaml:3: overrides[0].reqest: unknown key; did you mean request?"),
                Arguments.of("unknown code", "rules:\n  \"68200\": off\n",
                        "/repo/.offer-lint.yaml:2: rules.\"68200\": no error code 68200 in the catalog; did you mean 6820? "
                                + "(offer-lint codes lists them)"),
                Arguments.of("unknown family", "rules:\n  ofer: off\n",
                        "/repo/.offer-lint.yaml:2: rules.ofer: neither an error code, a house code (PREFIX-n, such as ACME-1) "
                                + "nor an error family (request, "
                                + "advertiser, affiliate, postback, offer, link, conversion, report, campaign, event, "
                                + "application, general, house); did you mean offer?"),
                Arguments.of("a code no rule reports", "rules:\n  6041: warning\n",
                        "/repo/.offer-lint.yaml:2: rules.\"6041\": 6041 (Frequent Limitation) is not checked offline but "
                                + "only by the server, so no rule of offer-lint reports it; remove the key"),
                Arguments.of("a bad glob", "overrides:\n  - files: [\"legacy/[ab\"]\n    rules: {\"6313\": off}\n",
                        "/repo/.offer-lint.yaml:2: overrides[0].files[0]: not a glob: Missing ] at character 10; "
                                + "did you mean legacy/[ab]?"),
                Arguments.of("a wrong type", "overrides:\n  files: [\"legacy/**\"]\n",
                        "/repo/.offer-lint.yaml:1: overrides: expected a list of overrides, each with files, found a map"),
                Arguments.of("a wrong type of a value", "overrides:\n  - files: [\"a/**\"]\n    strict-types: yes please\n",
                        "/repo/.offer-lint.yaml:3: overrides[0].strict-types: expected true or false, found \"yes please\""),
                Arguments.of("a bare key", "rules:\n",
                        "/repo/.offer-lint.yaml:1: rules: expected a map of codes or families to off, warning or error, "
                                + "found no value"),
                Arguments.of("a bare key after another", "overrides:\n  - files: [\"a/**\"]\n    mode:\n",
                        "/repo/.offer-lint.yaml:3: overrides[0].mode: expected create or update, found no value"),
                Arguments.of("a bare level", "rules:\n  \"6820\":\n  \"6313\": off\n",
                        "/repo/.offer-lint.yaml:2: rules.\"6820\": expected off, warning or error, found no value"),
                Arguments.of("a null", "data: ~\n",
                        "/repo/.offer-lint.yaml:1: data: expected the path of the network's data folder (data: network/), "
                                + "found no value"),
                Arguments.of("an empty text", "rules: \"\"\n",
                        "/repo/.offer-lint.yaml:1: rules: expected a map of codes or families to off, warning or error, "
                                + "found \"\""),
                Arguments.of("a bad level", "rules:\n  \"6820\": warn\n",
                        "/repo/.offer-lint.yaml:2: rules.\"6820\": \"warn\" is not a level (off, warning or error); "
                                + "did you mean warning?"),
                Arguments.of("an unknown request", "overrides:\n  - files: [\"a/**\"]\n    request: setAdvertisers\n",
                        "/repo/.offer-lint.yaml:3: overrides[0].request: unknown request \"setAdvertisers\"; did you mean "
                                + "setAdvertiser? (offer-lint --help lists the requests)"),
                Arguments.of("an override without files", "overrides:\n  - rules: {\"6313\": off}\n",
                        "/repo/.offer-lint.yaml:2: overrides[0]: an override needs files: the globs of the files it is "
                                + "for (files: [\"legacy/**\"])"),
                Arguments.of("a key given twice", "rules:\n  \"6820\": off\n  \"6820\": error\n",
                        "/repo/.offer-lint.yaml:3: rules.\"6820\": given twice; keep one"),
                Arguments.of("a data folder that is no path", "data: [network]\n",
                        "/repo/.offer-lint.yaml:1: data: expected the path of the network's data folder (data: network/), found a list"),
                Arguments.of("not YAML", "rules: [\n",
                        "/repo/.offer-lint.yaml:2: not YAML: while parsing a flow node; expected the node content, but "
                                + "found '<stream end>'"),
                Arguments.of("a house code given twice", "house-rules:\n  - {code: ACME-1, message: m, required: name}\n"
                                + "  - code: ACME-1\n    message: n\n    required: url\n",
                        "/repo/.offer-lint.yaml:3: house-rules[1].code: house code ACME-1 is defined twice (first at "
                                + "line 2): a code is one rule"),
                Arguments.of("a tab", "rules:\n\t\"6820\": off\n",
                        "/repo/.offer-lint.yaml:2: not YAML: while scanning for the next token; found character '\\t(TAB)' "
                                + "that cannot start any token. (Do not use \\t(TAB) for indentation)"),
                Arguments.of("an alias for a map", "rules: &r\n  \"6820\": warning\noverrides:\n  - files: [\"**\"]\n"
                                + "    rules: *r\n",
                        "/repo/.offer-lint.yaml:5: overrides[0].rules: an alias (*r) is not read here; write the value out"),
                Arguments.of("an alias for a level", "rules:\n  \"6820\": &w warning\n  \"6313\": *w\n",
                        "/repo/.offer-lint.yaml:3: rules.\"6313\": an alias (*w) is not read here; write the value out"),
                Arguments.of("an alias as a key", "rules:\n  &k \"6820\": off\n  *k : warning\n",
                        "/repo/.offer-lint.yaml:3: an alias (*k) is not read here; write the value out"),
                Arguments.of("a second document", "rules:\n  \"6820\": off\n---\nrules:\n  \"6820\": error\n",
                        "/repo/.offer-lint.yaml:4: a second YAML document (after ---); a configuration is one document: "
                                + "merge them or remove the ---"),
                Arguments.of("a line break in a value", "rules:\n  \"6820\": \"war\\nning\"\n",
                        "/repo/.offer-lint.yaml:2: rules.\"6820\": \"war\\nning\" is not a level (off, warning or error); "
                                + "did you mean warning?"),
                Arguments.of("a pasted megabyte", "overrides:\n  - files: [\"a/**\"]\n    mode: " + "x".repeat(1 << 20) + "\n",
                        "/repo/.offer-lint.yaml:3: overrides[0].mode: \"" + "x".repeat(59) + "… (1048576 characters)\" is "
                                + "not a mode (create or update)"),
                Arguments.of("a control character", "rules:\n  \"6820\": off\n  \"6313\": \"o\u0001ff\"\n",
                        "/repo/.offer-lint.yaml:3: not YAML: a control character (U+0001) at column 13; YAML allows tabs "
                                + "and line breaks only: remove it"),
                Arguments.of("a NUL after the YAML reader's first block", "#" + "x".repeat(2000) + "\nrules: {}\r\n  \u0000\n",
                        "/repo/.offer-lint.yaml:3: not YAML: a control character (U+0000) at column 3; YAML allows tabs "
                                + "and line breaks only: remove it"),
                Arguments.of("a lone surrogate", "rules: {\"6820\": \"o\ud800ff\"}\n",
                        "/repo/.offer-lint.yaml:1: not YAML: a character YAML does not allow (U+D800) at column 19; "
                                + "remove it"),
                Arguments.of("a list as a key", "rules:\n  ? [a, b]\n  : off\n",
                        "/repo/.offer-lint.yaml:2: a key that is a list; a key is text here (a code, a family or a name)"),
                Arguments.of("a map as a key", "overrides:\n  - files: [\"a/**\"]\n    rules:\n      ? {a: b}\n      : off\n",
                        "/repo/.offer-lint.yaml:4: a key that is a map; a key is text here (a code, a family or a name)"),
                Arguments.of("too deep", "x: " + "[".repeat(1200) + "]".repeat(1200) + "\n",
                        "/repo/.offer-lint.yaml:1: not YAML: Document nesting depth (1001) exceeds the maximum allowed (1000)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsOneLine(String kind, String yaml, String message) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void offAndBooleansKeepTheirText() {
        assertThat(read("rules: {\"6820\": OFF, \"6313\": Off}").settings().rules()).containsValues(Level.OFF);
        assertThatThrownBy(() -> read("overrides:\n  - files: [\"a/**\"]\n    strict-types: 1\n"))
                .hasMessageContaining("expected true or false, found \"1\"");
    }

    @Test
    void findWalksUpToTheRepositoryRoot(@TempDir Path dir) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path deep = Files.createDirectories(repo.resolve("offers/legacy"));
        Files.writeString(deep.resolve("a.json"), "{}");
        assertThat(ConfigFile.find(deep.resolve("a.json"))).isEmpty();
        Files.writeString(dir.resolve(ConfigFile.NAME), "rules: {}"); // above the repository: not read
        assertThat(ConfigFile.find(deep.resolve("a.json"))).isEmpty();
        Files.writeString(repo.resolve(ConfigFile.NAME), "rules: {}");
        assertThat(ConfigFile.find(deep.resolve("a.json"))).isEqualTo(Optional.of(repo.resolve(ConfigFile.NAME)));
        Files.writeString(repo.resolve("offers").resolve(ConfigFile.NAME), "rules: {}");
        assertThat(ConfigFile.find(deep)).contains(repo.resolve("offers").resolve(ConfigFile.NAME));
    }

    @Test
    void aFileThatIsNotUtf8IsOneLineWithItsPlace(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve(ConfigFile.NAME);
        Files.write(latin1, "rules:\n  \"6820\": w\u00e9rning\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ConfigFile.load(latin1))
                .hasMessage(latin1 + ":2: not UTF-8: bytes that are not UTF-8 at column 12; save the file as UTF-8");
        // a file in another encoding is said once, as a problem of the whole file: with a byte order mark or
        // without one (RFC 4627's zero bytes), UTF-16 and UTF-32 alike
        Files.write(latin1, "rules: {}\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        assertThatThrownBy(() -> ConfigFile.load(latin1))
                .hasMessage(latin1 + ": not UTF-8 but UTF-16BE; save the file as UTF-8");
        Files.write(latin1, "rules: {}\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> ConfigFile.load(latin1))
                .hasMessage(latin1 + ": not UTF-8 but UTF-16LE; save the file as UTF-8");
        Files.write(latin1, "\ufeffrules: {}\n".getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
        assertThatThrownBy(() -> ConfigFile.load(latin1))
                .hasMessage(latin1 + ": not UTF-8 but UTF-32LE; save the file as UTF-8");
        Files.write(latin1, "\ufeffrules: {\"6820\": warning}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ConfigFile.load(latin1).settings().rules()).containsEntry("6820", Level.WARNING);
    }

    /**
     * A UTF-8 byte order mark is no column of the first line, as an editor shows none: the character after
     * it is at column 1 (a bad byte or a control character was one column right of where the editor has
     * it); the lines after it are as without one.
     */
    @ParameterizedTest
    @MethodSource("afterAMark")
    void aByteOrderMarkIsNoColumn(String text, java.nio.charset.Charset charset, String problem, @TempDir Path dir)
            throws IOException {
        Path config = dir.resolve(ConfigFile.NAME);
        byte[] body = text.getBytes(charset);
        byte[] marked = java.util.Arrays.copyOf(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 3 + body.length);
        System.arraycopy(body, 0, marked, 3, body.length);
        Files.write(config, marked);
        assertThatThrownBy(() -> ConfigFile.load(config)).hasMessage(config + problem);
    }

    static Stream<Arguments> afterAMark() {
        java.nio.charset.Charset latin1 = java.nio.charset.StandardCharsets.ISO_8859_1;
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        String control = " at column %d; YAML allows tabs and line breaks only: remove it";
        return Stream.of(
                Arguments.of("r\u00e9les: {}\n", latin1, ":1: not UTF-8: bytes that are not UTF-8 at column 2; save the file as UTF-8"),
                Arguments.of("ru\u0001les: {}\n", utf8, ":1: not YAML: a control character (U+0001)" + control.formatted(3)),
                Arguments.of("rules:\n  \"6820\": w\u00e9rning\n", latin1,
                        ":2: not UTF-8: bytes that are not UTF-8 at column 12; save the file as UTF-8"),
                Arguments.of("rules:\n  \"6820\": o\u0001ff\n", utf8, ":2: not YAML: a control character (U+0001)"
                        + control.formatted(12)));
    }

    /**
     * The place of a byte that is not UTF-8 is in characters, as every other column of the product, not
     * in bytes (three e-acutes before it are three columns, not six); a lone CR ends a line, as YAML reads it.
     */
    @Test
    void theNotUtf8PlaceCountsCharactersAndLoneCarriageReturns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(ConfigFile.NAME);
        byte[] text = "rules:\n  \"6820\": off # \u00e9\u00e9\u00e9?\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        text[text.length - 2] = (byte) 0xFF;
        Files.write(file, text);
        assertThatThrownBy(() -> ConfigFile.load(file))
                .hasMessage(file + ":2: not UTF-8: bytes that are not UTF-8 at column 20; save the file as UTF-8");
        byte[] oldMac = "rules: {}\r# ?\r".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        oldMac[oldMac.length - 2] = (byte) 0xFF;
        Files.write(file, oldMac);
        assertThatThrownBy(() -> ConfigFile.load(file))
                .hasMessage(file + ":2: not UTF-8: bytes that are not UTF-8 at column 3; save the file as UTF-8");
    }

    @Test
    void aFolderOrAnEndlessFileIsOneLine(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> ConfigFile.load(dir))
                .hasMessage(dir + ": a folder, not a file; name the file (.offer-lint.yaml)");
        Path big = dir.resolve("big.yaml");
        try (var out = Files.newOutputStream(big)) {
            byte[] comment = ("# " + "x".repeat(1021) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i <= ConfigFile.MAX_BYTES / comment.length; i++) {
                out.write(comment);
            }
        }
        assertThatThrownBy(() -> ConfigFile.load(big))
                .hasMessage(big + ": longer than 3 MiB; a configuration is a few dozen lines (is this the right file?)");
        Path zero = Path.of("/dev/zero");
        if (Files.isReadable(zero)) {
            assertThatThrownBy(() -> ConfigFile.load(zero)).hasMessageContaining("longer than 3 MiB");
        }
    }

    /** A file that cannot be opened says why, not its own name again (a FileSystemException's message is the path). */
    @Test
    void anUnreadableFileSaysWhyWithoutRepeatingItsName(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("offers.json"), "{}");
        Path file = notAFolder.resolve(ConfigFile.NAME);
        assertThatThrownBy(() -> ConfigFile.load(file)).hasMessage(file + ": cannot be read (Not a directory)");
    }

    /** A reader that fails is the reader's failure in its words, not "not YAML: java.io.IOException". */
    @Test
    void aReaderThatFailsIsCannotBeReadWithItsReason() {
        assertThatThrownBy(() -> ConfigFile.read(failing(null), Path.of("/repo/.offer-lint.yaml")))
                .hasMessage("/repo/.offer-lint.yaml: cannot be read (no reason given)");
        assertThatThrownBy(() -> ConfigFile.read(failing("Input/output error"), Path.of("/repo/.offer-lint.yaml")))
                .hasMessage("/repo/.offer-lint.yaml: cannot be read (Input/output error)");
    }

    private static java.io.Reader failing(String message) {
        return new java.io.Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void close() {
            }
        };
    }

    /** A file of house rules alone: their list, or a configuration's key, with the configuration's checks. */
    @Test
    void houseRulesAloneAreAListOrTheKeyOfAConfiguration(@TempDir Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("list.yaml"), "- {code: ACME-1, message: m, required: name}\n");
        assertThat(ConfigFile.loadHouseRules(list)).extracting(rule -> rule.code().id()).containsExactly("ACME-1");
        Path config = Files.writeString(dir.resolve("config.yaml"), "rules: {}\nhouse-rules:\n  - {code: ACME-2, message: m, "
                + "required: name}\n");
        assertThat(ConfigFile.loadHouseRules(config)).extracting(rule -> rule.code().id()).containsExactly("ACME-2");
        assertThat(ConfigFile.loadHouseRules(Files.writeString(dir.resolve("empty.yaml"), "# none yet\n"))).isEmpty();
        Path other = Files.writeString(dir.resolve("other.yaml"), "rules: {}\n");
        assertThatThrownBy(() -> ConfigFile.loadHouseRules(other))
                .hasMessage(other + ":1: expected a list of house rules, or a map with the key house-rules");
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "- code: ACME-1\n  message: m\n  code: ACME-2\n");
        assertThatThrownBy(() -> ConfigFile.loadHouseRules(twice)).hasMessage(twice + ":3: [0].code: given twice; keep one");
    }

    @Test
    void aMissingFileIsOneLine() {
        assertThatThrownBy(() -> ConfigFile.load(Path.of("/nowhere/.offer-lint.yaml")))
                .hasMessage("/nowhere/.offer-lint.yaml: no such file");
    }
}

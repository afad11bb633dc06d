package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.offerrules.validation.RuleSettings.FileOverride;
import org.offerrules.validation.RuleSettings.Level;
import org.quicktheories.core.Gen;

/**
 * The overrides' globs, matched as the JDK's {@code glob:} matches them, without its backtracking, and with
 * {@code **}{@code /} zero or more folders.
 */
class GlobTest {

    /** Pieces of globs: every construct of the syntax, over a small alphabet so that they often match. */
    private static final List<String> GLOB_PIECES = List.of("a", "b", "/", ".", "*", "**", "?", "[ab]", "[!a]", "[a-c]",
            "[-b]", "[a-]", "[^]", "{a,b*}", "{,/a}", "{}", "\\*", "\\{", ",", "}", "\ud83d\ude00", "[\ud83d\ude00b]");
    private static final List<String> PATH_PIECES = List.of("a", "b", "c", ".", "*", "{", "-", "^", ",", "}",
            "\ud83d\ude00");

    private static Gen<String> joined(List<String> pieces, int most) {
        return lists().of(arbitrary().pick(pieces)).ofSizeBetween(1, most).map(list -> String.join("", list));
    }

    /** Paths of names joined by single slashes, as a relative path prints. */
    private static Gen<String> paths() {
        return lists().of(joined(PATH_PIECES, 4)).ofSizeBetween(1, 3).map(names -> String.join("/", names));
    }

    @Test
    void matchesWhatTheJdksGlobMatchesWithAnyStarsSlashAlsoNoFolder() {
        qt().withFixedSeed(20261207L).withExamples(20_000).forAll(joined(GLOB_PIECES, 6), paths())
                .checkAssert((glob, path) -> {
                    try {
                        FileSystems.getDefault().getPathMatcher("glob:" + glob);
                    } catch (RuntimeException notAGlob) {
                        return; // refused before it is matched (FileOverride.matcher)
                    }
                    assertThat(Glob.of(glob).matches(path)).as("%s on %s", glob, path)
                            .isEqualTo(jdkMatchesSomeFoldersLeftOut(glob, path));
                });
    }

    @Test
    void starsSlashIsZeroOrMoreFolders() {
        assertThat(Glob.of("**/*.form").matches("a.form")).isTrue();
        assertThat(Glob.of("**/*.form").matches("x/y/a.form")).isTrue();
        assertThat(Glob.of("offers/**/*.json").matches("offers/a.json")).isTrue();
        assertThat(Glob.of("offers/**/*.json").matches("offers/eu/de/a.json")).isTrue();
        assertThat(Glob.of("offers/**/*.json").matches("offersa.json")).isFalse();
        assertThat(Glob.of("offers/**/*.json").matches("other/offers/a.json")).isFalse();
        assertThat(Glob.of("a**/b").matches("ab")).isFalse(); // not after a '/': the JDK's, across folders
        assertThat(Glob.of("a**/b").matches("a/x/b")).isTrue();
        assertThat(Glob.of("\\**/b").matches("\\b")).isFalse();
    }

    /**
     * The oracle: the JDK's matcher on the glob, or on the glob with some of its {@code **}{@code /} (at the
     * start or after a {@code /}, not escaped, not in a class) left out.
     */
    private static boolean jdkMatchesSomeFoldersLeftOut(String glob, String path) {
        List<Integer> folders = new java.util.ArrayList<>();
        for (int i = 0; i < glob.length(); ) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                int end = i + 1;
                if (end < glob.length() && (glob.charAt(end) == '^' || glob.charAt(end) == '!')) {
                    end++;
                }
                if (end < glob.length() && glob.charAt(end) == '-') {
                    end++;
                }
                i = glob.indexOf(']', end) + 1;
            } else if (glob.startsWith("**", i)) {
                if (glob.startsWith("**/", i) && (i == 0 || glob.charAt(i - 1) == '/')) {
                    folders.add(i);
                }
                i += 2;
            } else {
                i++;
            }
        }
        for (int subset = 0; subset < 1 << folders.size(); subset++) {
            StringBuilder variant = new StringBuilder(glob);
            for (int k = folders.size() - 1; k >= 0; k--) {
                if ((subset & 1 << k) != 0) {
                    variant.delete(folders.get(k), folders.get(k) + 3);
                }
            }
            if (FileSystems.getDefault().getPathMatcher("glob:" + variant).matches(Path.of(path))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JDK's expression of this glob backtracks for hours on a long name; the override is linear. (A
     * separate thread: a matcher that backtracks does not hear an interrupt.)
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aGlobOfManyStarsOnALongNameEndsAtOnce() {
        Path base = Path.of("/repo").toAbsolutePath();
        String stars = "*a".repeat(25) + "b";
        RuleSettings settings = RuleSettings.builder().base(base)
                .override(FileOverride.files(stars, "legacy/**").rule("6313", Level.OFF)).build();

        assertThat(settings.resolve(base.resolve("a".repeat(80) + ".json")).level(ErrorCode.of(6313))).isEmpty();
        assertThat(settings.resolve(base.resolve("legacy/" + "a".repeat(80) + ".json")).level(ErrorCode.of(6313)))
                .contains(Level.OFF);
    }
}

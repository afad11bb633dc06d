package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.guide.Snippets;

/**
 * The {@code ./offer-lint} launcher rebuilds the jar when it is "older than the sources" (docs/cli.md):
 * the sources of every module the jar is built from, which are validation-cli and the repository's
 * modules it depends on outside the tests, one step or more away. A change to validation-config or the
 * client once left a stale jar running.
 */
class LauncherTest {

    private static final Pattern MODULES = Pattern.compile("(?m)^modules=\"([^\"]*)\"$");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile(
            "<groupId>org\\.offerrules</groupId>\\s*<artifactId>([\\w-]+)</artifactId>");

    @Test
    void theLauncherWatchesEveryModuleTheJarIsBuiltFrom() throws IOException {
        Path root = Snippets.root();
        Matcher watched = MODULES.matcher(Files.readString(root.resolve("offer-lint")));
        assertThat(watched.find()).as("a modules=\"...\" line in ./offer-lint").isTrue();

        assertThat(new TreeSet<>(Arrays.asList(watched.group(1).split(" ")))).isEqualTo(builtFrom(root, "validation-cli"));
    }

    /**
     * Sources outside any module that a module of the jar compiles: the Jackson module's facades come from
     * {@code jackson-template/} (the root pom's execution of that id, which the module binds); a change
     * there once left a stale jar running.
     */
    @Test
    void theLauncherWatchesTheSharedSourcesTheJarIsBuiltFrom() throws IOException {
        Path root = Snippets.root();
        Matcher watched = SHARED.matcher(Files.readString(root.resolve("offer-lint")));
        assertThat(watched.find()).as("a shared=\"...\" line in ./offer-lint").isTrue();

        Set<String> outside = new TreeSet<>();
        Matcher execution = EXECUTION.matcher(Files.readString(root.resolve("pom.xml")));
        while (execution.find()) {
            Matcher folder = OUTSIDE.matcher(execution.group(2));
            while (folder.find()) {
                for (String module : builtFrom(root, "validation-cli")) {
                    if (Files.readString(root.resolve(module).resolve("pom.xml")).contains("<id>" + execution.group(1) + "</id>")) {
                        outside.add(folder.group(1));
                    }
                }
            }
        }
        assertThat(outside).as("the pom's shared source folders").isNotEmpty();
        assertThat(new TreeSet<>(Arrays.asList(watched.group(1).split(" ")))).isEqualTo(outside);
    }

    private static final Pattern SHARED = Pattern.compile("(?m)^shared=\"([^\"]*)\"$");
    private static final Pattern EXECUTION = Pattern.compile("<execution>\\s*<id>([\\w-]+)</id>(.*?)</execution>", Pattern.DOTALL);
    private static final Pattern OUTSIDE = Pattern.compile("\\$\\{project\\.basedir\\}/\\.\\./([\\w-]+)");

    /** {@code module} and every module of the repository its main code depends on, directly or not. */
    private static Set<String> builtFrom(Path root, String module) throws IOException {
        Set<String> found = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(Set.of(module));
        while (!next.isEmpty()) {
            String current = next.pop();
            if (!found.add(current)) {
                continue;
            }
            String pom = Files.readString(root.resolve(current).resolve("pom.xml"));
            int start = pom.indexOf("<dependencies>");   // the project's own, before any plugin's
            String dependencies = pom.substring(start, pom.indexOf("</dependencies>", start));
            Matcher dependency = DEPENDENCY.matcher(dependencies);
            while (dependency.find()) {
                String text = dependency.group(1);
                Matcher artifact = ARTIFACT.matcher(text);
                if (artifact.find() && !text.contains("<scope>test</scope>")) {
                    next.push(artifact.group(1));
                }
            }
        }
        return found;
    }
}

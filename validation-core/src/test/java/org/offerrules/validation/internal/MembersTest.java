package org.offerrules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.constraints.EventChain;
import org.offerrules.validation.guide.Snippets;

class MembersTest {

    @Test
    void attributesAreListedByNameWhateverOrderReflectionGives() {
        Members reversed = new Members(members -> {
            Collections.reverse(members);
            return members;
        });

        List<String> names = reversed.attributes(EventChain.class).stream().map(Method::getName).toList();

        assertThat(names).isSorted().contains("cycleCode", "malformedCode", "selfCode");
        assertThat(names).isEqualTo(Members.JVM.attributes(EventChain.class).stream().map(Method::getName).toList());
    }

    /** The order of getDeclaredMethods and getDeclaredFields is not specified: main code lists them through Members. */
    @Test
    void noMainCodeButMembersListsDeclaredMethodsOrFields() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String module : List.of("validation-core", "validation-jackson", "validation-cli")) {
            try (Stream<Path> files = Files.walk(Snippets.root().resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    if (!file.endsWith("Members.java")
                            && (text.contains(".getDeclaredMethods()") || text.contains(".getDeclaredFields()")
                            || text.contains(".getMethods()") || text.contains(".getFields()"))) {
                        offenders.add(Snippets.root().relativize(file).toString());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}

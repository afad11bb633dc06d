package org.offerrules.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles small records with the processor, with stand-ins for the model's annotations, and reads the
 * builders it writes: a setter per component, the overloads the annotations and typed reads imply, the
 * flat setters of a flattened group without a builder, and what {@code build()} and the copy make.
 */
class BuilderProcessorTest {

    /** The stand-ins: same names as the model's, so the processor reads them as it reads the real ones. */
    private static final Map<String, String> SUPPORT = Map.of(
            "org/offerrules/validation/model/ApiValue.java",
            "package org.offerrules.validation.model; public interface ApiValue { String apiValue(); }",
            "org/offerrules/validation/model/Flattened.java",
            "package org.offerrules.validation.model; public @interface Flattened {}",
            "org/offerrules/validation/constraints/Flag.java",
            "package org.offerrules.validation.constraints; public @interface Flag {}",
            "org/offerrules/validation/constraints/CapLimit.java",
            "package org.offerrules.validation.constraints; public @interface CapLimit {}",
            "demo/Tag.java",
            "package demo; @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE) public @interface Tag {}",
            "demo/Color.java", """
            package demo;
            public enum Color implements org.offerrules.validation.model.ApiValue {
                RED;
                public String apiValue() { return "Red"; }
            }""",
            "demo/Price.java", """
            package demo;
            public record Price(String kind, Double amount) {
                public java.util.Optional<Color> kindValue() { return java.util.Optional.empty(); }
            }""",
            "demo/Limits.java", """
            package demo;
            @org.offerrules.builder.GenerateBuilder
            public record Limits(Integer max) {
                public LimitsBuilder toBuilder() { return new LimitsBuilder(this); }
            }""");

    private static final String ITEM = """
            package demo;
            import org.offerrules.builder.GenerateBuilder;
            import org.offerrules.validation.constraints.CapLimit;
            import org.offerrules.validation.constraints.Flag;
            import org.offerrules.validation.model.Flattened;
            @GenerateBuilder
            public record Item(@Flag Integer isOn, @CapLimit Double capLimit, String color, String plain,
                               String orderBy, @Flattened Price price, @Flattened Limits limits,
                               java.util.List<@Tag String> tags, int count) {
                public Item {
                    price = price == null || price.kind() == null && price.amount() == null ? null : price;
                }
                public java.util.Optional<Color> colorValue() { return java.util.Optional.empty(); }
                public static ItemBuilder builder() { return new ItemBuilder(); }
                public ItemBuilder toBuilder() { return new ItemBuilder(this); }
            }""";

    @TempDir
    Path dir;

    @Test
    void writesASetterPerComponentAndTheOverloadsItsAnnotationsAndTypedReadsImply() throws Exception {
        Class<?> builder = compile(ITEM).loadClass("demo.ItemBuilder");
        assertThat(setters(builder)).containsExactlyInAnyOrder(
                "isOn(java.lang.Integer)", "isOn(boolean)",
                "capLimit(java.lang.Double)", "capLimit(long)",
                "color(java.lang.String)", "color(demo.Color)",
                "plain(java.lang.String)",
                "orderBy(java.lang.String)",
                "price(demo.Price)", "kind(java.lang.String)", "kind(demo.Color)", "amount(java.lang.Double)",
                "limits(demo.Limits)",
                "tags(java.util.List)",
                "count(int)");
    }

    @Test
    void documentsEachSetterByALinkToItsComponentsAccessor() throws Exception {
        compile(ITEM);
        String source = Files.readString(dir.resolve("generated/demo/ItemBuilder.java"));
        assertThat(source)
                .contains("/** Sets {@link Item#isOn() isOn}. */", "/** Sets {@link Item#isOn() isOn} to 1 or 0. */",
                        "/** Sets {@link Item#capLimit() capLimit} to a whole number. */",
                        "/** Sets {@link Item#color() color} to {@code value.apiValue()}. */",
                        "/** Sets {@link Price#kind() kind}, {@link Price#amount() amount} from {@code price}'s components")
                .contains("private java.util.List<String> tags;")
                .startsWith("package demo;\n\n// Generated by org.offerrules.builder.BuilderProcessor");
    }

    @Test
    void buildsFromTheSetValuesAndCopiesEveryComponent() throws Exception {
        ClassLoader loader = compile(ITEM);
        Class<?> item = loader.loadClass("demo.Item");
        Class<?> color = loader.loadClass("demo.Color");
        Object builder = item.getMethod("builder").invoke(null);
        Class<?> type = builder.getClass();
        type.getMethod("isOn", boolean.class).invoke(builder, true);
        type.getMethod("capLimit", long.class).invoke(builder, 150L);
        type.getMethod("color", color).invoke(builder, color.getEnumConstants()[0]);
        type.getMethod("kind", color).invoke(builder, color.getEnumConstants()[0]);
        type.getMethod("count", int.class).invoke(builder, 3);
        Object built = type.getMethod("build").invoke(builder);

        assertThat(built).hasToString("Item[isOn=1, capLimit=150.0, color=Red, plain=null, orderBy=null, "
                + "price=Price[kind=Red, amount=null], limits=null, tags=null, count=3]");
        Object copy = item.getMethod("toBuilder").invoke(built);
        assertThat(copy.getClass().getMethod("build").invoke(copy)).isEqualTo(built);

        Object empty = item.getMethod("builder").invoke(null);
        assertThat(type.getMethod("build").invoke(empty)).hasToString("Item[isOn=null, capLimit=null, color=null, "
                + "plain=null, orderBy=null, price=null, limits=null, tags=null, count=0]");
    }

    @Test
    void refusesWhatIsNotARecord() throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = run(
                "package demo; @org.offerrules.builder.GenerateBuilder public class Plain {}");
        assertThat(diagnostics.getDiagnostics()).filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .extracting(d -> d.getMessage(Locale.ROOT))
                .containsExactly("@GenerateBuilder is for records without type parameters");
    }

    private static List<String> setters(Class<?> builder) {
        List<String> setters = new ArrayList<>();
        for (Method m : builder.getDeclaredMethods()) {
            if (m.getReturnType() == builder) {
                setters.add(m.getName() + "(" + m.getParameterTypes()[0].getName() + ")");
            }
        }
        return setters;
    }

    private ClassLoader compile(String source) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = run(source);
        assertThat(diagnostics.getDiagnostics()).filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR).isEmpty();
        return new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }

    /** Compiles the support files and {@code source} with the processor into {@code dir}. */
    private DiagnosticCollector<JavaFileObject> run(String source) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : SUPPORT.entrySet()) {
            files.add(write(e.getKey(), e.getValue()));
        }
        String name = source.contains("class Plain") ? "demo/Plain.java" : "demo/Item.java";
        files.add(write(name, source));
        Files.createDirectories(dir.resolve("classes"));
        Files.createDirectories(dir.resolve("generated"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = Arrays.asList("--release", "17", "-Xlint:all",
                    "-classpath", processorClasses(), "-d", dir.resolve("classes").toString(),
                    "-s", dir.resolve("generated").toString());
            JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new BuilderProcessor()));
            task.call();
        }
        return diagnostics;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String processorClasses() {
        try {
            return Path.of(GenerateBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

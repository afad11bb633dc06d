package org.offerrules.validation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.fixtures.Source;

/**
 * The builders cannot forget a component: every record of this package that has a {@code toBuilder()},
 * found by scanning the package on the class path (no list to keep), survives {@code toBuilder().build()}
 * unchanged for generated values of every component. A component of a type the generator does not know
 * fails the test rather than being skipped.
 */
class BuildersTest {

    private static final String PACKAGE = Offer.class.getPackageName();
    private static final int EXAMPLES = Integer.getInteger("offerRules.examples", 2_000) / 10;
    private static final long SEED = 0xB1D_2026L;
    /** Nested records deeper than this are null: the model's records nest three levels at most. */
    private static final int DEPTH = 4;

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtRecords")
    void toBuilderThenBuildGivesAnEqualRecord(Class<?> type) {
        qt().withFixedSeed(SEED + type.getSimpleName().hashCode()).withExamples(EXAMPLES)
                .forAll(Source.gen(s -> instance(s, type, 0)))
                .checkAssert(record -> assertThat(rebuilt(record)).isEqualTo(record));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtRecords")
    void anEmptyBuilderBuildsTheRecordWithEveryComponentAbsent(Class<?> type) throws ReflectiveOperationException {
        Object builder = type.getMethod("builder").invoke(null);
        Object built = builder.getClass().getMethod("build").invoke(builder);
        Object[] absent = new Object[type.getRecordComponents().length];
        assertThat(built).isEqualTo(canonical(type).newInstance(absent));
    }

    @Test
    void theBuildersAreGeneratedBesideTheirRecordsAndNoneIsWrittenByHand() {
        List<Class<?>> built = builtRecords().toList();
        assertThat(built).contains(Offer.class, Event.class, Caps.class, SetAdvertiser.class);
        for (Class<?> type : built) {
            Class<?> builder = toBuilder(type).getReturnType();
            assertThat(builder.getName()).isEqualTo(type.getName() + "Builder");
            assertThat(builder.getEnclosingClass()).isNull();
            assertThat(Modifier.isFinal(builder.getModifiers())).isTrue();
            String file = PACKAGE.replace('.', '/') + "/" + builder.getSimpleName() + ".java";
            assertThat(Path.of("src/main/java", file)).doesNotExist();
            assertThat(Path.of("target/generated-sources/annotations", file)).exists();
        }
        for (Class<?> type : modelClasses()) {
            assertThat(type.getDeclaredClasses()).as(type.getSimpleName()).extracting(Class::getSimpleName)
                    .doesNotContain("Builder");
        }
    }

    /** The records of the package with a public {@code toBuilder()}, in name order. */
    static Stream<Class<?>> builtRecords() {
        return modelClasses().stream().filter(Class::isRecord).filter(type -> toBuilder(type) != null);
    }

    private static Method toBuilder(Class<?> type) {
        try {
            return type.getMethod("toBuilder");
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** The top-level classes of the package, from the directory or jar that holds it. */
    private static List<Class<?>> modelClasses() {
        String dir = PACKAGE.replace('.', '/');
        try {
            URI uri = Offer.class.getResource("Offer.class").toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return classesIn(jar.getPath(dir));
                }
            }
            return classesIn(Path.of(uri).getParent());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + PACKAGE, e);
        }
    }

    private static List<Class<?>> classesIn(Path dir) throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (String file : files.map(p -> p.getFileName().toString()).sorted().toList()) {
                if (file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class")) {
                    try {
                        classes.add(Class.forName(PACKAGE + "." + file.substring(0, file.length() - ".class".length())));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return classes;
    }

    private static Object rebuilt(Object record) {
        try {
            Object builder = toBuilder(record.getClass()).invoke(record);
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        return type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
    }

    /** A record of {@code type} from its canonical constructor, every component drawn (null one time in four). */
    private static Object instance(Source s, Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = s.oneIn(4) ? null : value(s, components[i].getGenericType(), depth);
        }
        try {
            return canonical(type).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new AssertionError(type.getSimpleName() + "'s constructor threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Source s, Type type, int depth) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            List<Object> values = new ArrayList<>();
            for (int n = s.intBetween(0, 3); n > 0; n--) {
                values.add(s.oneIn(5) ? null : value(s, list.getActualTypeArguments()[0], depth));
            }
            return values;
        }
        if (type == Integer.class || type == int.class) {
            return s.oneIn(2) ? s.intBetween(-2, 2) : (int) s.between(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return s.between(-1L << 40, 1L << 40);
        }
        if (type == Double.class || type == double.class) {
            return s.between(-4_000, 4_000) / 4.0;
        }
        if (type == Boolean.class || type == boolean.class) {
            return s.bool();
        }
        if (type == String.class) {
            StringBuilder text = new StringBuilder();
            for (int n = s.intBetween(0, 8); n > 0; n--) {
                text.append(s.pick('a', 'Z', '7', ' ', ',', '-', '_', ':', '|', '/', 'é'));
            }
            return text.toString();
        }
        if (type instanceof Class<?> enumType && enumType.isEnum()) {
            return s.pick(enumType.getEnumConstants());
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            return depth >= DEPTH ? null : instance(s, record, depth + 1);
        }
        return fail("no generator for a component of type " + type.getTypeName() + ": add one to BuildersTest");
    }
}

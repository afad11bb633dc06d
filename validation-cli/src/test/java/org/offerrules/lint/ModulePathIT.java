package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module boundaries, checked on the built jars on the module path (the other tests run on the
 * class path): the core exports only its API and lends {@code internal} to the shared wire module and
 * offer-lint alone; the wire module exports its reading API and lends its binder's package to the two Jackson modules alone, which provide it their parsers; jdeps finds no package of one module used by another that is not exported to
 * it, and every module descriptor is the one jdeps suggests; offer-lint runs as a module and prints
 * what the shaded jar prints; Hibernate Validator reaches the opened validators and records; code
 * outside the modules cannot use {@code internal}.
 */
class ModulePathIT {

    static final String CORE = "org.offerrules.validation";
    static final String WIRE = "org.offerrules.validation.wire";
    static final String JACKSON = "org.offerrules.validation.jackson";
    static final String JACKSON3 = "org.offerrules.validation.jackson3";
    static final String DOCUMENT = "org.offerrules.validation.document";
    static final String PARSER_PROVIDER = WIRE + ".ParserProvider";
    static final String LINKCHECK = "org.offerrules.linkcheck";
    static final String LINT = "org.offerrules.lint";
    static final List<String> OURS = List.of(CORE, WIRE, JACKSON, JACKSON3, LINKCHECK, LINT);

    /** The modular jars of this build and their runtime dependencies (set by the POM). */
    static String modulePath() {
        String path = System.getProperty("offerLint.modulePath");
        assertThat(path).as("offerLint.modulePath is set by the failsafe configuration").isNotBlank();
        return path;
    }

    static ModuleFinder finder() {
        return ModuleFinder.of(Arrays.stream(modulePath().split(File.pathSeparator)).map(Path::of).toArray(Path[]::new));
    }

    static ModuleDescriptor descriptor(String module) {
        return finder().find(module).map(ModuleReference::descriptor).orElseThrow();
    }

    @Test
    void theCoreExportsItsApiAndLendsInternalToTheProjectsModulesOnly() {
        ModuleDescriptor core = descriptor(CORE);
        Map<String, Set<String>> exports = new TreeMap<>();
        core.exports().forEach(e -> exports.put(e.source(), e.isQualified() ? new TreeSet<>(e.targets()) : Set.of("*")));
        assertThat(exports).containsExactlyInAnyOrderEntriesOf(Map.of(
                CORE, Set.of("*"),
                CORE + ".model", Set.of("*"),
                CORE + ".constraints", Set.of("*"),
                CORE + ".internal", Set.of(WIRE, LINT)));
        Map<String, Set<String>> opens = new TreeMap<>();
        core.opens().forEach(o -> opens.put(o.source(), new TreeSet<>(o.targets())));
        assertThat(opens).containsExactlyInAnyOrderEntriesOf(Map.of(
                CORE + ".internal.rules", Set.of("org.hibernate.validator"),
                CORE + ".model", Set.of("org.hibernate.validator")));
        assertThat(descriptor(JACKSON).exports()).allMatch(e -> !e.isQualified())
                .extracting(ModuleDescriptor.Exports::source).containsExactly(JACKSON);
        assertThat(descriptor(JACKSON).provides()).anyMatch(p -> p.service().equals("com.fasterxml.jackson.databind.Module")
                && p.providers().equals(List.of(JACKSON + ".OfferRulesModule")));
        assertThat(descriptor(LINT).exports()).extracting(ModuleDescriptor.Exports::source).containsExactly(LINT);
        // the reading API is public; the binder is internal: lent to the two Jackson modules only
        Map<String, Set<String>> wireExports = new TreeMap<>();
        descriptor(WIRE).exports().forEach(e -> wireExports.put(e.source(), new TreeSet<>(e.targets())));
        assertThat(wireExports).containsExactlyInAnyOrderEntriesOf(Map.of(
                DOCUMENT, Set.of(),
                WIRE, Set.of(JACKSON, JACKSON3)));
        assertThat(descriptor(WIRE).uses()).containsExactly(PARSER_PROVIDER);
        assertThat(descriptor(JACKSON).provides()).anyMatch(p -> p.service().equals(PARSER_PROVIDER)
                && p.providers().equals(List.of(JACKSON + ".parser.JacksonParsers")));
        assertThat(descriptor(JACKSON3).provides()).anyMatch(p -> p.service().equals(PARSER_PROVIDER)
                && p.providers().equals(List.of(JACKSON3 + ".parser.JacksonParsers")));
        assertThat(descriptor(JACKSON3).exports()).allMatch(e -> !e.isQualified())
                .extracting(ModuleDescriptor.Exports::source).containsExactly(JACKSON3);
        assertThat(descriptor(JACKSON3).provides()).anyMatch(p -> p.service().equals("tools.jackson.databind.JacksonModule")
                && p.providers().equals(List.of(JACKSON3 + ".OfferRulesModule")));
    }

    @Test
    void jdepsFindsNoUseOfAPackageThatIsNotExportedToTheUser() {
        Pattern edge = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+(\\S+)(.*)$");
        List<String> checked = new ArrayList<>();
        for (String module : OURS) {
            String out = jdeps("--multi-release", "17", "--module-path", modulePath(), "-verbose:package", "--module", module);
            for (String line : out.lines().toList()) {
                Matcher m = edge.matcher(line);
                if (!m.matches() || !OURS.contains(m.group(3)) || m.group(3).equals(module)) {
                    continue;
                }
                String pkg = m.group(2);
                ModuleDescriptor target = descriptor(m.group(3));
                boolean exported = target.exports().stream().anyMatch(e -> e.source().equals(pkg)
                        && (!e.isQualified() || e.targets().contains(module)));
                assertThat(exported).as("%s uses %s of %s", module, pkg, m.group(3)).isTrue();
                checked.add(module + " -> " + pkg);
            }
        }
        assertThat(checked).contains(WIRE + " -> " + CORE + ".internal", JACKSON + " -> " + WIRE,
                JACKSON3 + " -> " + WIRE, LINT + " -> " + DOCUMENT);
    }

    /**
     * Each module requires exactly the modules jdeps finds it using. Whether jdeps suggests
     * {@code transitive} depends on which modules it is asked about together (checked alone, the CLI
     * gets the descriptor it declares; checked with the others, every read is "transitive"), so the
     * modifier is left out of the comparison: what is exported is checked by the tests around. A
     * {@code requires static} is for compile time only (the core's source-retention {@code @GenerateBuilder}),
     * which jdeps, reading class files, cannot see: it is left out too.
     */
    @Test
    void everyModuleRequiresWhatJdepsFindsItUsing() {
        for (String module : OURS) {
            String out = jdeps("--multi-release", "17", "--module-path", modulePath(), "--check", module);
            String block = out.substring(out.indexOf(module + " (file:"));
            int end = block.indexOf("\n\n");
            block = end < 0 ? block : block.substring(0, end);
            Set<String> declared = section(block, "[Module descriptor]");
            declared.removeIf(r -> r.startsWith("requires static "));
            assertThat(withoutTransitive(declared)).as(module)
                    .isEqualTo(withoutTransitive(section(block, "[Suggested module descriptor for " + module + "]")));
        }
    }

    private static Set<String> withoutTransitive(Set<String> requires) {
        return requires.stream().map(r -> r.replace("requires transitive ", "requires "))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void offerLintRunsAsAModuleAndPrintsWhatTheShadedJarPrints() throws Exception {
        Run modular = java(null, "-p", modulePath(), "-m", LINT + "/" + LINT + ".OfferLint", "--no-progress", "../docs/examples");
        Run shaded = java(null, "-jar", System.getProperty("offerLint.jar"), "--no-progress", "../docs/examples");
        assertThat(modular.err()).isEmpty();
        assertThat(modular.status()).isEqualTo(1);
        assertThat(modular.out()).isEqualTo(shaded.out()).contains("error 6399");
        assertThat(java(null, "-p", modulePath(), "-m", LINT + "/" + LINT + ".OfferLint", "explain", "6399").status()).isZero();
        Run schema = java(null, "-p", modulePath(), "-m", LINT + "/" + LINT + ".OfferLint", "schema");
        assertThat(schema.status()).isZero();
        assertThat(schema.out()).isEqualTo(java.nio.file.Files.readString(Path.of("../docs/schema/setOffer.schema.json")));
    }

    @Test
    void theEnginesAgreeOnTheModulePathAndInternalStaysClosed(@TempDir Path dir) throws Exception {
        Path probe = dir.resolve("Probe.java");
        Files.writeString(probe, """
                import com.fasterxml.jackson.databind.ObjectMapper;
                import org.offerrules.validation.OfferValidator;
                import org.offerrules.validation.model.*;

                public class Probe {
                    public static void main(String[] args) throws Exception {
                        Offer offer = Offer.builder().advertiserId(12).name("Summer Sale").status(OfferStatus.ACTIVE)
                                .expireDate("2030/12/31").type(OfferType.MOBILE).url("https://track.example.com/click")
                                .accessType(AccessType.PUBLIC).ssl(1).trackingProtocol(TrackingProtocol.SERVER_POSTBACK_URL)
                                .currency(1).payoutType(PayoutType.CPA).payout(2.5).build();
                        for (OfferValidator.Engine engine : OfferValidator.Engine.values()) {
                            OfferValidator validator = OfferValidator.builder().engine(engine).build();
                            System.out.println(validator.validate(offer).violations().stream()
                                    .map(v -> v.code().number() + " " + v.pointer()).toList());
                        }
                        System.out.println(ObjectMapper.findModules().stream().map(m -> m.getClass().getName()).toList());
                        try {
                            java.lang.reflect.Method method = java.util.Arrays.stream(
                                    Class.forName("org.offerrules.validation.internal.JsonPointers").getDeclaredMethods())
                                    .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).findFirst().orElseThrow();
                            method.invoke(null, new Object[method.getParameterCount()]);
                            System.out.println("internal reachable");
                        } catch (IllegalAccessException e) {
                            System.out.println("internal closed");
                        }
                    }
                }
                """);
        Run run = java(dir, "-p", modulePath(), "--add-modules", CORE + "," + JACKSON, probe.toString());
        // Hibernate Validator logs its version on standard error; nothing else may be there
        assertThat(run.err()).doesNotContain("Exception", "WARN", "Error");
        assertThat(run.out().lines().toList()).as(run.err()).containsExactly(
                "[6313 /url]", "[6313 /url]", "[" + JACKSON + ".OfferRulesModule]", "internal closed");

        Path user = dir.resolve("User.java");
        Files.writeString(user, """
                import org.offerrules.validation.internal.JsonPointers;

                public class User {
                    public static void main(String[] args) {
                        System.out.println(JsonPointers.class);
                    }
                }
                """);
        Run denied = java(dir, "-p", modulePath(), "--add-modules", CORE, user.toString());
        assertThat(denied.status()).isNotZero();
        assertThat(denied.err()).contains("package org.offerrules.validation.internal", "not visible");
    }

    private static Set<String> section(String block, String header) {
        int start = block.indexOf(header);
        assertThat(start).as(header).isNotNegative();
        return block.substring(start + header.length()).lines().skip(1).takeWhile(l -> !l.isBlank() && !l.trim().startsWith("["))
                .map(l -> l.trim().replaceAll(" \\(@[^)]*\\)", "")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String jdeps(String... args) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(status).as("jdeps %s: %s", String.join(" ", args), err).isZero();
        return out.toString();
    }

    record Run(int status, String out, String err) {
    }

    private static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}

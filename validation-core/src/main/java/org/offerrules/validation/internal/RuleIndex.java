package org.offerrules.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerrules.validation.Request;
import org.offerrules.validation.Rule;
import org.offerrules.validation.RuleCatalog;
import org.offerrules.validation.constraints.RuleText;
import org.offerrules.validation.model.ApiValue;
import org.offerrules.validation.spi.JsonPointers;

/**
 * The registry behind {@link org.offerrules.validation.RuleCatalog}: which rules report which code.
 * Annotation rules are read from the model's constraint annotations, their sentences from the
 * {@link RuleText} on the annotation type or on the code attribute; a request adds the rules of its row
 * ({@link org.offerrules.validation.Request}): the readers', its lookups' and its update targets'.
 */
public final class RuleIndex {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");

    private final Members members;
    private final Map<Integer, List<Rule>> byCode = new TreeMap<>();

    private RuleIndex(Class<?> root, Members members, List<Rule> more) {
        this.members = members;
        scan(root, "", new LinkedHashSet<>());
        more.forEach(this::put);
        byCode.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The annotation rules of the record type {@code root}, then {@code more}, read through {@code members}. */
    public static RuleIndex of(Class<?> root, Members members, List<Rule> more) {
        return new RuleIndex(root, members, more);
    }

    /** The annotation rules of the record type {@code root} alone. */
    public static RuleIndex of(Class<?> root, Members members) {
        return new RuleIndex(root, members, List.of());
    }

    /**
     * The rules of {@code request} read through {@code members}: its annotation rules, then the others of
     * its catalog. Tests pass members in another reflective order.
     */
    public static RuleIndex of(Request request, Members members) {
        RuleCatalog catalog = request.catalog();
        List<Rule> more = new ArrayList<>();
        for (int code : catalog.reported()) {
            for (Rule rule : catalog.rules(code)) {
                if (rule.kind() != Rule.Kind.ANNOTATION) {
                    more.add(rule);
                }
            }
        }
        return new RuleIndex(request.type(), members, more);
    }

    /**
     * The rules that report {@code code}: the annotation rules in the order of the record components,
     * then of the annotations' type names, then of the attributes' names; then the readers', then the
     * lookups'. Empty when no rule reports it.
     */
    public List<Rule> rulesOf(int code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** Every code some rule reports, ascending. */
    public SortedSet<Integer> reportedCodes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byCode.keySet()));
    }

    private void put(Rule rule) {
        byCode.computeIfAbsent(rule.code(), k -> new ArrayList<>()).add(rule);
    }

    private void scan(Class<?> type, String prefix, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (Annotation constraint : ConstraintAnnotations.constraints(members.annotations(type))) {
            add(constraint, prefix, null, null, type, type);
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String pointer = WireNames.isFlattened(component) ? prefix : prefix + "/" + JsonPointers.escape(WireNames.of(component));
            Field field;
            try {
                field = type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            for (Annotation constraint : ConstraintAnnotations.constraints(members.annotations(field))) {
                add(constraint, pointer, WireNames.of(component), component.getType(), component.getType(), type);
            }
            Class<?> next = component.getType();
            String nextPrefix = pointer;
            if (component.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                next = element;
                nextPrefix = pointer + "/*";
            }
            scan(next, nextPrefix, seen);
        }
    }

    /**
     * @param group    the annotated component's type: the record whose components a {@link RuleText#component()} names
     * @param checked  the type of the value the constraint checks, whose components its {@code field} names
     * @param siblings the record whose components its {@code when}, {@code other}, ... name
     */
    private void add(Annotation constraint, String pointer, String wireName, Class<?> group, Class<?> checked,
                     Class<?> siblings) {
        String field = attribute(constraint, "field") instanceof String f ? WireNames.of(checked, f) : wireName;
        String at = attribute(constraint, "field") instanceof String f ? pointer + "/" + JsonPointers.escape(WireNames.of(checked, f)) : pointer;
        RuleText general = constraint.annotationType().getAnnotation(RuleText.class);
        for (Method attribute : members.attributes(constraint.annotationType())) {
            if (!ConstraintAnnotations.isCodeAttribute(attribute)) {
                continue;
            }
            int code = (int) attribute(constraint, attribute.getName());
            if (code == 0) {
                continue;
            }
            RuleText specific = attribute.getAnnotation(RuleText.class);
            RuleText text = specific != null ? specific : general;
            String[] components = components(group);
            boolean inGroup = specific != null && specific.component() >= 0;
            String ruleField = inGroup ? WireNames.of(group, components[specific.component()]) : field;
            String ruleAt = inGroup ? at + "/" + ruleField : at + (specific != null ? specific.pointer() : "");
            put(new Rule(code, Rule.Kind.ANNOTATION, ruleAt, "@" + constraint.annotationType().getSimpleName(),
                    text == null ? "" : render(text.value(), constraint, ruleField, components, group, siblings)));
        }
    }

    /**
     * Fills a {@link RuleText} template from the annotated field's wire name and the constraint's
     * attributes; a part in square brackets is dropped when a placeholder in it renders empty.
     *
     * @throws IllegalStateException for a placeholder the constraint has no attribute for
     */
    public static String render(String template, Annotation constraint, String field) {
        return render(template, constraint, field, new String[0], null, null);
    }

    /** The Java names of the components of {@code group} when it is a record; none otherwise. */
    private static String[] components(Class<?> group) {
        if (group == null || !group.isRecord()) {
            return new String[0];
        }
        return Arrays.stream(group.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }

    /**
     * {@link #render(String, Annotation, String)} for a constraint on a group: {@code {componentN}} is the
     * wire name of the group's component N ({@code components} are their Java names).
     */
    private static String render(String template, Annotation constraint, String field, String[] components,
                                 Class<?> group, Class<?> siblings) {
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder out = new StringBuilder();
        while (optional.find()) {
            String part = optional.group(1);
            boolean empty = false;
            Matcher p = PLACEHOLDER.matcher(part);
            while (p.find()) {
                empty |= value(p.group(1), constraint, field, components, group, siblings, template).isEmpty();
            }
            optional.appendReplacement(out, Matcher.quoteReplacement(empty ? "" : part));
        }
        optional.appendTail(out);
        Matcher p = PLACEHOLDER.matcher(out.toString());
        StringBuilder sentence = new StringBuilder();
        while (p.find()) {
            p.appendReplacement(sentence, Matcher.quoteReplacement(
                    value(p.group(1), constraint, field, components, group, siblings, template)));
        }
        p.appendTail(sentence);
        return sentence.toString();
    }

    private static String value(String name, Annotation a, String field, String[] components, Class<?> group,
                                Class<?> siblings, String template) {
        if (name.equals("field")) {
            return field;
        }
        if (name.startsWith("component") && name.length() > "component".length()) {
            int index = Integer.parseInt(name.substring("component".length()));
            if (index < components.length) {
                return WireNames.of(group, components[index]);
            }
        }
        Object value = attribute(a, name.equals("values") ? "value" : name);
        if (value == null) {
            throw new IllegalStateException("@" + a.annotationType().getSimpleName() + " has no attribute for {"
                    + name + "} in its sentence: " + template);
        }
        return switch (name) {
            case "when", "other" -> WireNames.of(siblings, (String) value);
            case "others", "than" -> wire(siblings, (String[]) value);
            case "in", "amountTypes", "percentTypes" -> String.join(" or ", (String[]) value);
            case "values" -> values(value);
            case "groups" -> String.join(" and ", Arrays.stream((Class<?>[]) value)
                    .map(g -> g.getSimpleName().toLowerCase()).toList());
            default -> value instanceof Double d ? num(d)
                    : value instanceof String[] list ? String.join(", ", list) : String.valueOf(value);
        };
    }

    private static String values(Object type) {
        if (type instanceof long[] numbers) {
            return String.join(", ", Arrays.stream(numbers).mapToObj(n -> "`" + n + "`").toList());
        }
        if (type instanceof Class<?> c && c.isEnum() && ApiValue.class.isAssignableFrom(c)) {
            return String.join(", ", Arrays.stream(c.getEnumConstants())
                    .flatMap(v -> ((ApiValue) v).spellings().stream()).map(v -> "`" + v + "`")
                    .toList());
        }
        return String.valueOf(type);
    }

    private static String wire(Class<?> owner, String[] names) {
        return String.join(", ", Arrays.stream(names).map(n -> "`" + WireNames.of(owner, n) + "`").toList());
    }

    private static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static Object attribute(Annotation a, String name) {
        return ConstraintAnnotations.attribute(a, name);
    }
}

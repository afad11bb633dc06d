package org.offerrules.builder;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.tools.Diagnostic;

/**
 * Writes {@code <Record>Builder} beside each record marked {@link GenerateBuilder}. The builder has one
 * field per component and, per component, a setter and the overloads its annotations imply:
 *
 * <ul>
 *   <li>a {@code String} component that its record also reads as an enum implementing
 *       {@code org.offerrules.validation.model.ApiValue} (a method {@code Optional<OfferStatus> statusValue()}
 *       beside {@code String status}) also takes that enum and stores {@code value.apiValue()}; the builder
 *       takes the enum where the record gives it, so that a record without the typed read keeps one setter
 *       and {@code status(null)} stays unambiguous;</li>
 *   <li>an {@code Integer} component with {@code @Flag} also takes a {@code boolean} and stores 1 or 0;
 *       a {@code Double} component with {@code @CapLimit} also takes a {@code long} (a whole number);</li>
 *   <li>a {@code @Flattened} component whose type is a record without a {@code toBuilder()} (the pricing
 *       groups) is held as its components, each with its own setter: the owner's builder sets the group's
 *       fields one by one, as they stand on the wire, and {@code build()} makes the group from them.</li>
 * </ul>
 *
 * <p>The builder's package-private constructors make an empty builder and one holding a record's values
 * (which the record's one-line {@code builder()} and {@code toBuilder()} call). Every decision is read from
 * the components and their annotations; nothing here names a record.
 */
@SupportedAnnotationTypes("org.offerrules.builder.GenerateBuilder")
public final class BuilderProcessor extends AbstractProcessor {

    static final String FLATTENED = "org.offerrules.validation.model.Flattened";
    static final String API_VALUE = "org.offerrules.validation.model.ApiValue";

    /** An annotation that gives a component of one boxed type a setter taking a primitive. */
    record Overload(String annotation, String componentType, String parameterType, String expression, String doc) {
    }

    /** The annotations that bring a primitive overload: the 0/1 flags and the cap limits (whole numbers in a Double). */
    static final List<Overload> OVERLOADS = List.of(
            new Overload("org.offerrules.validation.constraints.Flag", "java.lang.Integer", "boolean", "%s ? 1 : 0", "to 1 or 0"),
            new Overload("org.offerrules.validation.constraints.CapLimit", "java.lang.Double", "long", "(double) %s",
                    "to a whole number"));

    /** A builder field: a component of the record, or of a flattened group. */
    private record Slot(String name, String type, String link, List<Setter> overloads) {
    }

    /** A setter besides the slot's own: its parameter type and name, the value it stores, its Javadoc tail. */
    private record Setter(String parameterType, String parameter, String expression, String doc) {
    }

    /** A component of the record: one slot, or a flattened group's slots ({@code group} is its record). */
    private record Part(String name, String type, TypeElement group, List<Slot> slots) {
    }

    /** Public, with no arguments: {@link java.util.ServiceLoader} creates it. */
    public BuilderProcessor() {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element.getKind() != ElementKind.RECORD || !((TypeElement) element).getTypeParameters().isEmpty()) {
                    error(element, "@GenerateBuilder is for records without type parameters");
                } else {
                    write((TypeElement) element);
                }
            }
        }
        return true;
    }

    private void write(TypeElement record) {
        String pkg = processingEnv.getElementUtils().getPackageOf(record).getQualifiedName().toString();
        List<Part> parts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            Part part = part(pkg, component);
            parts.add(part);
            for (Slot slot : part.slots()) {
                if (!names.add(slot.name())) {
                    error(component, "builder field " + slot.name() + " of " + record.getSimpleName() + " would be declared twice");
                    return;
                }
            }
        }
        String name = record.getSimpleName() + "Builder";
        try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, record).openWriter()) {
            out.write(source(pkg, record.getSimpleName().toString(), name, parts));
        } catch (IOException e) {
            error(record, "cannot write " + name + ": " + e.getMessage());
        }
    }

    private Part part(String pkg, RecordComponentElement component) {
        String name = component.getSimpleName().toString();
        String type = render(pkg, component.asType());
        TypeElement group = flatGroup(component);
        if (group == null) {
            return new Part(name, type, null, List.of(slot(pkg, component)));
        }
        List<Slot> slots = new ArrayList<>();
        for (RecordComponentElement inner : group.getRecordComponents()) {
            slots.add(slot(pkg, inner));
        }
        return new Part(name, type, group, slots);
    }

    /**
     * The record type of a flattened component that has no builder of its own (no {@code toBuilder()}, which
     * a class file shows too, unlike the source-retention {@link GenerateBuilder}), or null.
     */
    private static TypeElement flatGroup(RecordComponentElement component) {
        if (annotation(component, FLATTENED) == null || !(component.asType() instanceof DeclaredType declared)) {
            return null;
        }
        TypeElement type = (TypeElement) declared.asElement();
        boolean built = type.getEnclosedElements().stream()
                .anyMatch(m -> m.getKind() == ElementKind.METHOD && m.getSimpleName().contentEquals("toBuilder"));
        return type.getKind() == ElementKind.RECORD && !built ? type : null;
    }

    private Slot slot(String pkg, RecordComponentElement component) {
        String name = component.getSimpleName().toString();
        List<Setter> overloads = new ArrayList<>();
        String e = typedRead(pkg, component);
        if (e != null) {
            overloads.add(new Setter(e, "value", "value == null ? null : value.apiValue()", " to {@code value.apiValue()}"));
        }
        for (Overload o : OVERLOADS) {
            if (annotation(component, o.annotation()) != null && typeName(component).equals(o.componentType())) {
                overloads.add(new Setter(o.parameterType(), name, o.expression().formatted(name), " " + o.doc()));
            }
        }
        // the accessor's Javadoc (the record's @param) says the wire name and the rules
        String owner = render(pkg, component.getEnclosingElement().asType());
        return new Slot(name, render(pkg, component.asType()), "{@link " + owner + "#" + name + "() " + name + "}", overloads);
    }

    /**
     * The enum E of the record's {@code Optional<E> <component>Value()} when the component is a {@code String}
     * and E an {@code ApiValue} enum, or null.
     */
    private String typedRead(String pkg, RecordComponentElement component) {
        TypeElement apiValue = processingEnv.getElementUtils().getTypeElement(API_VALUE);
        if (apiValue == null || !isString(component)) {
            return null;
        }
        String read = component.getSimpleName() + "Value";
        for (Element member : component.getEnclosingElement().getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals(read)
                    && ((ExecutableElement) member).getParameters().isEmpty()
                    && ((ExecutableElement) member).getReturnType() instanceof DeclaredType optional
                    && ((TypeElement) optional.asElement()).getQualifiedName().contentEquals("java.util.Optional")
                    && optional.getTypeArguments().size() == 1
                    && optional.getTypeArguments().get(0) instanceof DeclaredType type
                    && type.asElement().getKind() == ElementKind.ENUM
                    && processingEnv.getTypeUtils().isAssignable(type, apiValue.asType())) {
                return render(pkg, type);
            }
        }
        return null;
    }

    private static String source(String pkg, String record, String name, List<Part> parts) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(";\n\n");
        s.append("// Generated by ").append(BuilderProcessor.class.getName()).append(" from the components of ")
                .append(record).append(" and their annotations: do not edit, change the record.\n");
        s.append("/**\n * Builds {@link ").append(record).append("} values; not thread-safe. Setters accept null to clear a field.\n")
                .append(" * Generated at compile time from the record's components.\n */\n");
        s.append("public final class ").append(name).append(" {\n");
        for (Part part : parts) {
            for (Slot slot : part.slots()) {
                s.append("    private ").append(slot.type()).append(' ').append(slot.name()).append(";\n");
            }
        }
        s.append("\n    /** A builder with every field absent. */\n    ").append(name).append("() {\n    }\n");
        s.append("\n    /** A builder holding {@code source}'s values. */\n    ").append(name).append('(').append(record)
                .append(" source) {\n");
        for (Part part : parts) {
            if (part.group() == null) {
                s.append("        this.").append(part.name()).append(" = source.").append(part.name()).append("();\n");
            } else {
                s.append("        ").append(part.name()).append("(source.").append(part.name()).append("());\n");
            }
        }
        s.append("    }\n");
        for (Part part : parts) {
            if (part.group() != null) {
                groupSetter(s, name, part);
            }
            for (Slot slot : part.slots()) {
                setter(s, name, slot.link(), "", slot.type(), slot.name(), slot.name(), slot.name());
                for (Setter o : slot.overloads()) {
                    setter(s, name, slot.link(), o.doc(), o.parameterType(), o.parameter(), slot.name(), o.expression());
                }
            }
        }
        StringJoiner arguments = new StringJoiner(", ");
        for (Part part : parts) {
            if (part.group() == null) {
                arguments.add(part.name());
            } else {
                StringJoiner fields = new StringJoiner(", ", "new " + part.type() + "(", ")");
                part.slots().forEach(slot -> fields.add(slot.name()));
                arguments.add(fields.toString());
            }
        }
        s.append("\n    /** The record, made by its canonical constructor from the values set; never throws: the rules report what is wrong. */\n");
        s.append("    public ").append(record).append(" build() {\n        return new ").append(record).append('(')
                .append(arguments).append(");\n    }\n}\n");
        return s.toString();
    }

    private static void setter(StringBuilder s, String builder, String link, String doc, String type, String parameter,
                               String field, String expression) {
        s.append("\n    /** Sets ").append(link).append(doc).append(". */\n");
        s.append("    public ").append(builder).append(' ').append(field).append('(').append(type).append(' ').append(parameter)
                .append(") {\n        this.").append(field).append(" = ").append(expression).append(";\n        return this;\n    }\n");
    }

    private static void groupSetter(StringBuilder s, String builder, Part part) {
        StringJoiner links = new StringJoiner(", ");
        part.slots().forEach(slot -> links.add(slot.link()));
        s.append("\n    /** Sets ").append(links).append(" from {@code ").append(part.name())
                .append("}'s components (all absent when it is null). */\n");
        s.append("    public ").append(builder).append(' ').append(part.name()).append('(').append(part.type()).append(' ')
                .append(part.name()).append(") {\n");
        for (Slot slot : part.slots()) {
            s.append("        this.").append(slot.name()).append(" = ").append(part.name()).append(" == null ? null : ")
                    .append(part.name()).append('.').append(slot.name()).append("();\n");
        }
        s.append("        return this;\n    }\n");
    }

    /** {@code type} as source, without its type annotations (a qualified name cannot carry them in front). */
    static String render(String pkg, TypeMirror type) {
        switch (type.getKind()) {
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
                String simple = name.substring(name.lastIndexOf('.') + 1);
                if (name.equals(pkg + "." + simple) || name.equals("java.lang." + simple)) {
                    name = simple;
                }
                if (declared.getTypeArguments().isEmpty()) {
                    return name;
                }
                StringJoiner arguments = new StringJoiner(", ", name + "<", ">");
                declared.getTypeArguments().forEach(a -> arguments.add(render(pkg, a)));
                return arguments.toString();
            }
            case ARRAY -> {
                return render(pkg, ((ArrayType) type).getComponentType()) + "[]";
            }
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    return "? extends " + render(pkg, wildcard.getExtendsBound());
                }
                return wildcard.getSuperBound() == null ? "?" : "? super " + render(pkg, wildcard.getSuperBound());
            }
            default -> {
                return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(Locale.ROOT) : type.toString();
            }
        }
    }

    private static boolean isString(RecordComponentElement component) {
        return typeName(component).equals("java.lang.String");
    }

    /** The qualified name of the component's type, without type arguments or type annotations. */
    private static String typeName(RecordComponentElement component) {
        return component.asType() instanceof DeclaredType declared
                ? ((TypeElement) declared.asElement()).getQualifiedName().toString()
                : component.asType().getKind().name();
    }

    private static AnnotationMirror annotation(Element element, String type) {
        for (AnnotationMirror a : element.getAnnotationMirrors()) {
            if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(type)) {
                return a;
            }
        }
        return null;
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}

package org.offerrules.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A glob of the JDK's {@code glob:} syntax ({@code *}, {@code **}, {@code ?}, {@code [a-z]}, {@code [!a]},
 * {@code {a,b}}, {@code \} escapes), matched against a {@code /}-separated path in time linear in the
 * glob's length times the path's. One difference, on purpose: {@code **}{@code /} at the start of the glob
 * or after a {@code /} is zero or more whole folders, as in git, bash's globstar and editors, so that
 * {@code **}{@code /*.form} is every form, the top folder's too (the JDK's needs one folder at least). The JDK's {@link java.nio.file.PathMatcher} compiles a glob to a
 * backtracking regular expression, which a glob of many stars ({@code *a*a*a...*b}) takes exponential
 * time on: one line of a configuration file held the linter for good. The JDK still checks the glob's
 * syntax first ({@code RuleSettings.FileOverride.matcher}); this reads only globs it accepted.
 */
final class Glob {

    /** One step of a glob: a character, any character but {@code /}, a star, a class or a group. */
    private record Part(Kind kind, char c, List<int[]> ranges, boolean negated, List<List<Part>> alternatives) {
    }

    private enum Kind { CHAR, ANY, STAR, STARS, FOLDERS, CLASS, GROUP }

    private final String glob;
    private final List<Part> parts;
    private int at;

    private Glob(String glob) {
        this.glob = glob;
        this.parts = sequence(false);
    }

    /** The glob, read; {@code glob} is one the JDK's {@code glob:} syntax accepts. */
    static Glob of(String glob) {
        return new Glob(glob);
    }

    /** Whether the glob matches the whole of {@code path} ({@code /} between its names). */
    boolean matches(String path) {
        BitSet start = new BitSet(path.length() + 1);
        start.set(0);
        return run(parts, path, start).get(path.length());
    }

    private List<Part> sequence(boolean inGroup) {
        List<Part> sequence = new ArrayList<>();
        while (at < glob.length()) {
            char c = glob.charAt(at);
            if (inGroup && (c == ',' || c == '}')) {
                break;
            }
            at++;
            switch (c) {
                case '\\' -> sequence.add(single(Kind.CHAR, glob.charAt(at++)));
                case '?' -> sequence.add(single(Kind.ANY, c));
                case '*' -> {
                    boolean stars = at < glob.length() && glob.charAt(at) == '*';
                    boolean folders = stars && at + 1 < glob.length() && glob.charAt(at + 1) == '/'
                            && (at == 1 || glob.charAt(at - 2) == '/');
                    at += folders ? 2 : stars ? 1 : 0;
                    sequence.add(single(folders ? Kind.FOLDERS : stars ? Kind.STARS : Kind.STAR, c));
                }
                case '[' -> sequence.add(charClass());
                case '{' -> {
                    List<List<Part>> alternatives = new ArrayList<>();
                    do {
                        alternatives.add(sequence(true));
                    } while (glob.charAt(at++) == ',');
                    sequence.add(new Part(Kind.GROUP, c, List.of(), false, alternatives));
                }
                default -> sequence.add(single(Kind.CHAR, c));
            }
        }
        return sequence;
    }

    /** After {@code [}: as the JDK reads it, a {@code ^} first is itself, {@code !} negates, a {@code -} first or last is itself. */
    private Part charClass() {
        List<int[]> ranges = new ArrayList<>();
        boolean negated = false;
        if (glob.charAt(at) == '^') {
            ranges.add(new int[] {'^', '^'});
            at++;
        } else {
            if (glob.charAt(at) == '!') {
                negated = true;
                at++;
            }
            if (glob.charAt(at) == '-') {
                ranges.add(new int[] {'-', '-'});
                at++;
            }
        }
        // in code points, as the JDK's expression reads a class
        for (int c = next(); c != ']'; c = next()) {
            boolean range = at + 1 < glob.length() && glob.charAt(at) == '-' && glob.charAt(at + 1) != ']';
            if (range) {
                at++;
            }
            ranges.add(new int[] {c, range ? next() : c});
        }
        return new Part(Kind.CLASS, '[', ranges, negated, List.of());
    }

    private int next() {
        int c = glob.codePointAt(at);
        at += Character.charCount(c);
        return c;
    }

    private static Part single(Kind kind, char c) {
        return new Part(kind, c, List.of(), false, List.of());
    }

    /** The places in {@code path} that {@code sequence} can end at, started at each of {@code from}. */
    private static BitSet run(List<Part> sequence, String path, BitSet from) {
        BitSet places = from;
        for (Part part : sequence) {
            if (places.isEmpty()) {
                break;
            }
            places = step(part, path, places);
        }
        return places;
    }

    private static BitSet step(Part part, String path, BitSet from) {
        BitSet next = new BitSet(path.length() + 1);
        switch (part.kind()) {
            case STAR, STARS -> {
                // every place from a start on, up to the next '/' for a single star: one sweep
                boolean open = false;
                for (int i = 0; i <= path.length(); i++) {
                    open |= from.get(i);
                    if (open) {
                        next.set(i);
                    }
                    if (i < path.length() && part.kind() == Kind.STAR && path.charAt(i) == '/') {
                        open = false;
                    }
                }
            }
            case FOLDERS -> {
                // where it starts (no folder), or after any '/' past a start (any folders, each ending in '/')
                boolean started = false;
                for (int i = 0; i <= path.length(); i++) {
                    if (from.get(i) || started && path.charAt(i - 1) == '/') {
                        next.set(i);
                    }
                    started |= from.get(i);
                }
            }
            case GROUP -> part.alternatives().forEach(alternative -> next.or(run(alternative, path, from)));
            default -> {
                // a character of the glob is one UTF-16 unit of it; ? and a class take a code point, as the JDK's expression
                for (int i = from.nextSetBit(0); i >= 0 && i < path.length(); i = from.nextSetBit(i + 1)) {
                    int c = part.kind() == Kind.CHAR ? path.charAt(i) : path.codePointAt(i);
                    if (accepts(part, c)) {
                        next.set(i + (part.kind() == Kind.CHAR ? 1 : Character.charCount(c)));
                    }
                }
            }
        }
        return next;
    }

    private static boolean accepts(Part part, int c) {
        return switch (part.kind()) {
            case CHAR -> c == part.c();
            case ANY -> c != '/';
            default -> c != '/' && part.ranges().stream().anyMatch(r -> r[0] <= c && c <= r[1]) != part.negated();
        };
    }
}

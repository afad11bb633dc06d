package org.offerrules.lint;

import java.util.List;
import java.util.TreeSet;

import picocli.CommandLine;

/**
 * A command line picocli cannot parse, or that a command refuses, in one line on standard error, with
 * the nearest option for a mistyped one ({@code --frmat}: did you mean {@code --format}?) and where the
 * options are listed, and status 2: the whole usage, forty lines, would bury the one line that matters.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(name).append(": ").append(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String nearest = nearest(unmatched.getUnmatched(), command.getCommandSpec());
            if (nearest != null) {
                line.append("; did you mean ").append(nearest).append('?');
            }
        }
        line.append(" (").append(name).append(" --help lists the options)");
        command.getErr().println(Printable.of(line.toString()));
        command.getErr().flush();
        return OfferLint.USAGE;
    }

    /**
     * The option name nearest to the first unmatched option ({@code --frmat=json} is {@code --frmat}): at
     * most a third of its length away, ties by name. Null when nothing is near.
     */
    static String nearest(List<String> unmatched, CommandLine.Model.CommandSpec spec) {
        for (String argument : unmatched) {
            if (!argument.startsWith("-") || argument.equals("-")) {
                continue;
            }
            String typed = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            TreeSet<String> names = new TreeSet<>();
            for (CommandLine.Model.OptionSpec option : spec.options()) {
                if (!option.hidden()) {
                    names.addAll(List.of(option.names()));
                }
            }
            String best = null;
            int bestDistance = Math.max(1, typed.length() / 3) + 1;
            for (String name : names) {
                int distance = distance(typed, name);
                if (distance < bestDistance) {
                    best = name;
                    bestDistance = distance;
                }
            }
            return best;
        }
        return null;
    }

    /** The edit distance (insertions, deletions, substitutions and swaps of neighbours) of two strings. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

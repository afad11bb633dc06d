package org.offerrules.lint;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs offer-lint in-process through picocli, capturing its output and exit status. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        return run(OfferLint.commandLine(), args);
    }

    /** Runs with {@code stdin} as standard input (what {@code -} reads). */
    static Cli withStdin(String stdin, String... args) {
        return run(OfferLint.commandLine(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                args);
    }

    /** Runs {@code cli}, a command line made (and set up) by the caller. */
    static Cli run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Cli(status, out.toString(), err.toString());
    }
}

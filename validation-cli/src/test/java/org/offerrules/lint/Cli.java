package org.offerrules.lint;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs offer-lint in-process through picocli, capturing its output and exit status. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        CommandLine cli = OfferLint.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Cli(status, out.toString(), err.toString());
    }
}

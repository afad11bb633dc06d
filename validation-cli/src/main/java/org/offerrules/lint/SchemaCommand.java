package org.offerrules.lint;

import java.util.concurrent.Callable;

import org.offerrules.validation.Request;
import org.offerrules.validation.wire.JsonSchemas;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code offer-lint schema}: the JSON Schema of a request's documents, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of a request's documents, generated from its rules, "
                + "for editor completion and checking: each field's rules with their error codes are its description.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--request", paramLabel = "NAME", defaultValue = "setOffer",
            description = "The API request, by method name (default: ${DEFAULT-VALUE}); the names are those of "
                    + "offer-lint --request.")
    String request;

    @Override
    public Integer call() {
        Request type = RequestRules.named(request, spec.commandLine());
        spec.commandLine().getOut().print(JsonSchemas.of(type));
        spec.commandLine().getOut().flush();
        return OfferLint.OK;
    }
}

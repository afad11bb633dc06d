package org.offerrules.lint;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.offerrules.client.NetworkClient;
import org.offerrules.validation.ApiError;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What the commands that talk to the network ({@code push}, {@code data pull}) share: {@code --network},
 * {@code --rate}, {@code --timeout} and {@code --no-progress}, and the API key from {@value #KEY_ENV},
 * never an argument.
 */
final class NetworkSettings {

    /** The environment variable that holds the network's API key. */
    static final String KEY_ENV = "OFFER_RULES_API_KEY";

    @Option(names = "--network", paramLabel = "URL", required = true,
            description = "The network's address, e.g. https://network.example.com (the API is under /api/v1/).")
    String network;

    @Option(names = "--rate", paramLabel = "N/T", defaultValue = "10/1s", converter = RateOption.Rate.class,
            description = "At most N requests in any window T, retries included (default: ${DEFAULT-VALUE}).")
    RateOption rate;

    @Option(names = "--timeout", paramLabel = "T", defaultValue = "30s", converter = RateOption.Time.class,
            description = "How long one exchange may take (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--no-progress",
            description = "Print no line on standard error when the network asks to slow down and the run waits.")
    boolean noProgress;

    /** Reads environment variables; tests replace it. */
    UnaryOperator<String> env = System::getenv;

    /**
     * The client's builder for {@code --network} with the key from {@value #KEY_ENV}; empty, after one
     * line on {@code cli}'s standard error, when the variable is not set (a usage error, status 2).
     *
     * @throws CommandLine.ParameterException when {@code --network} is no http(s) address
     */
    Optional<NetworkClient.Builder> client(CommandLine cli) {
        String key = env.apply(KEY_ENV);
        if (key == null || key.isBlank()) {
            cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + KEY_ENV
                    + " is not set; it holds the network's API key");
            return Optional.empty();
        }
        try {
            NetworkClient.Builder builder = NetworkClient.builder(network, key).rate(rate.requests(), rate.window())
                    .timeout(timeout);
            if (!noProgress) {
                String command = cli.getCommandSpec().qualifiedName();
                PrintWriter err = cli.getErr();
                builder.onPause(pause -> {
                    synchronized (err) { // several requests may be throttled at once
                        err.println(command + ": " + pause(pause));
                        err.flush();
                    }
                });
            }
            return Optional.of(builder);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
    }

    /**
     * A pause after a throttled answer in one line, e.g. {@code the network asked to slow down (HTTP 429
     * on getAffiliates); waiting 30 s before retry 1 of 10}: a pause without a usable {@code Retry-After}
     * is 30 s, up to ten times, and a run that said nothing meanwhile would look stuck.
     */
    static String pause(NetworkClient.Pause pause) {
        ApiError error = pause.error();
        long seconds = (pause.length().toMillis() + 500) / 1000; // the throttle's shortest pause is 1 s
        return "the network asked to slow down (" + (error.number() != 0 ? String.valueOf(error.number())
                : "HTTP " + error.httpStatus()) + " on " + pause.method() + "); waiting " + seconds + " s before retry "
                + pause.retry() + " of " + pause.retries();
    }

    /**
     * The network's answer in one line: its code and message; without a code, its HTTP status and the
     * message, which for a bare status already is {@code HTTP 500} and is not said twice.
     */
    static String describe(ApiError error) {
        String message = Printable.of(error.message());
        if (error.number() != 0) {
            return error.number() + " " + message;
        }
        // a bare status: the error decoded from the status alone, whose message already is "HTTP 500"
        return error.equals(ApiError.decode(error.httpStatus(), null, null)) ? message
                : "HTTP " + error.httpStatus() + " " + message;
    }
}

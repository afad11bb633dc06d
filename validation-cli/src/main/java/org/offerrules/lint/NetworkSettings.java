package org.offerrules.lint;

import java.time.Duration;

import org.offerrules.client.NetworkClient;
import org.offerrules.validation.ApiError;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --rate} and {@code --timeout} of the commands that talk to the network ({@code push}, {@code data pull}). */
final class NetworkSettings {

    @Option(names = "--rate", paramLabel = "N/T", defaultValue = "10/1s",
            description = "At most N requests in any window T, retries included (default: ${DEFAULT-VALUE}).")
    String rate;

    @Option(names = "--timeout", paramLabel = "T", defaultValue = "30s",
            description = "How long one exchange may take (default: ${DEFAULT-VALUE}).")
    String timeout;

    /** Reads both values; a bad one is a usage error of {@code cli}. */
    void check(CommandLine cli) {
        builder(cli, "http://localhost", "check");
    }

    /** The client's builder for {@code network} with {@code key}, at the rate and timeout asked for. */
    NetworkClient.Builder builder(CommandLine cli, String network, String key) {
        try {
            RateOption limit = RateOption.parse(rate);
            Duration perExchange = RateOption.duration(timeout);
            return NetworkClient.builder(network, key).rate(limit.requests(), limit.window()).timeout(perExchange);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
    }

    /**
     * The network's answer in one line: its code and message; without a code, its HTTP status and the
     * message, which for a bare status already is {@code HTTP 500} and is not said twice.
     */
    static String describe(ApiError error) {
        String message = Printable.of(error.message());
        String status = "HTTP " + error.httpStatus();
        return error.number() != 0 ? error.number() + " " + message
                : message.equals(status) ? status : status + " " + message;
    }
}

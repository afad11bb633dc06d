package org.offerrules.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.Request;
import org.offerrules.validation.Rule;

import picocli.CommandLine;

/** The rules of every request offer-lint checks, by code: what {@code codes}, {@code explain} and SARIF show. */
final class RequestRules {

    private RequestRules() {
    }

    /** A rule with the API method of the request it belongs to. */
    record Of(String method, Rule rule) {
    }

    /**
     * The API methods of the requests some rule of which reports {@code code}, the batch's
     * ({@link BatchCheck#rules}) with their own, {@code setOffer} first.
     */
    static List<String> requestsOf(int code) {
        List<String> methods = new ArrayList<>();
        for (Request request : Request.values()) {
            if (!rulesOf(request, code).isEmpty()) {
                methods.add(request.method());
            }
        }
        return methods;
    }

    /**
     * Every rule that reports {@code code}, of every request, {@code setOffer}'s first; a rule every
     * request has (the readers') only once, with the first request.
     */
    static List<Of> rulesOf(int code) {
        List<Of> rules = new ArrayList<>();
        List<Rule> seen = new ArrayList<>();
        for (Request request : Request.values()) {
            for (Rule rule : rulesOf(request, code)) {
                if (rule.kind() != Rule.Kind.READER || !seen.contains(rule)) {
                    seen.add(rule);
                    rules.add(new Of(request.method(), rule));
                }
            }
        }
        return rules;
    }

    /** The rules of {@code request} that report {@code code}: its catalog's, then the batch's. */
    private static List<Rule> rulesOf(Request request, int code) {
        List<Rule> rules = request.catalog().rules(code);
        for (Rule rule : BatchCheck.rules(request)) {
            if (rule.code() == code) {
                rules = new ArrayList<>(rules);
                rules.add(rule);
            }
        }
        return rules;
    }

    /**
     * The request {@code --request} names.
     *
     * @throws CommandLine.ParameterException for a name that is no request's, listing the names
     */
    static Request named(String method, CommandLine cli) {
        return Request.ofMethod(method).orElseThrow(() -> new CommandLine.ParameterException(cli,
                "--request: unknown request '" + method + "' (one of " + methods() + ")"));
    }

    /**
     * The request a file's name begins with: {@code setConversionStatus-example.json} is a
     * {@code setConversionStatus} body, as the vendor names its examples. The method must end where a
     * character other than a letter or digit follows (or the name ends), so that
     * {@code setOfferAffiliateList.json} is not read as {@code setOffer}; the longest method wins.
     */
    static Optional<Request> ofFileName(java.nio.file.Path file) {
        java.nio.file.Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toString();
        Request found = null;
        for (Request request : Request.values()) {
            String method = request.method();
            if (text.startsWith(method) && (text.length() == method.length()
                    || !Character.isLetterOrDigit(text.charAt(method.length())))
                    && (found == null || method.length() > found.method().length())) {
                found = request;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The names {@code --request} accepts, for its help and shell completion: every request's method. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Request.values()).map(Request::method).iterator();
        }
    }

    /** The names {@code --request} accepts, comma-separated. */
    static String methods() {
        List<String> methods = new ArrayList<>();
        for (Request request : Request.values()) {
            methods.add(request.method());
        }
        return String.join(", ", methods);
    }
}

package org.offerrules.client;

import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.ListPagingV2;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.offerrules.validation.Request;
import org.offerrules.validation.model.GenerateLink;

/**
 * Where and how a request goes: the one place that puts the key into a URL, and the one place that
 * describes a URL for a log or a message, with the key masked. The verb and the path follow from the
 * row's API method (brief 3.1): reads ({@code get...}) are {@code GET} with the parameters in the query
 * string, and so are the methods whose page says {@code GET} ({@link #GET_BY_PAGE}); every other method a
 * {@code POST} with a form body; a method named {@code ...V2} here is the same name under {@code /api/v2/}.
 */
final class Endpoint {

    static final String MASK = "***";
    private static final String READ_PREFIX = "get";
    private static final String V2_SUFFIX = "V2";
    /**
     * Methods sent as {@code GET} although their name is no read; the method page outranks the brief's
     * "writes are POST" (brief 1.8). {@code generateLink}: "Request Method: GET", {@code a} and {@code o} in
     * the sample URL's query (https://support.fuseclick.com/api/afn/campaignmethods/2016/0808/293.html); a
     * POST is 6033. It answers the pair's link, made first when there is none: sending it again is safe.
     */
    private static final Set<String> GET_BY_PAGE = Set.of(GenerateLink.METHOD);

    private final String base;
    private final String key;
    private final String encodedKey;

    Endpoint(String baseUrl, String key) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.key = key;
        this.encodedKey = URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** Whether the request is a read: sent as GET, and safe to send again after a dropped connection. */
    static boolean isRead(Request request) {
        return isRead(request.method());
    }

    /** Whether the API method is sent as a read: {@code get...}, or {@code GET} by its page. */
    static boolean isRead(String method) {
        return method.startsWith(READ_PREFIX) || GET_BY_PAGE.contains(method);
    }

    /**
     * The methods {@link #isRead(String)} accepts, as a message says them: {@code get...} and the methods
     * sent as GET by their page, named from their set (in name order), so that the sentence follows the set.
     */
    static String reads() {
        StringBuilder sentence = new StringBuilder("a " + READ_PREFIX + "... method");
        GET_BY_PAGE.stream().sorted().forEach(method -> sentence.append(", or ").append(method));
        return sentence.toString();
    }

    /** The URL with the key: given to the HTTP client only, never logged or put in a message. */
    URI uri(Request request, String form) {
        return uri(request.method(), form);
    }

    /** The URL of the API method {@code method} with the key. */
    URI uri(String method, String form) {
        return URI.create(address(method, form, encodedKey));
    }

    /** The URL as a log line or a message may show it: the key masked. */
    String describe(Request request, String form) {
        return describe(request.method(), form);
    }

    /** The URL of the API method {@code method} as a log line or a message may show it. */
    String describe(String method, String form) {
        return (isRead(method) ? "GET " : "POST ") + address(method, form, MASK);
    }

    /** Removes the key from a text that may carry it (a message of the JDK's HTTP client). */
    String scrub(String text) {
        if (text == null) {
            return "";
        }
        return text.replace(key, MASK).replace(encodedKey, MASK);
    }

    /**
     * The request record whose rules hold a list method's {@code page} and {@code limit}: V2's paging for a
     * method of {@code /api/v2/}, else V1's, which every V1 list shares with {@code getOffers} (its page
     * documents the limits; domain brief 3.1).
     */
    static Object paging(String method, int page, int limit) {
        return method.endsWith(V2_SUFFIX) ? new ListPagingV2(page, limit) : new ListPaging(page, limit, null);
    }

    private String address(String apiMethod, String form, String key) {
        String method = apiMethod;
        String version = "v1";
        if (method.endsWith(V2_SUFFIX)) {
            method = method.substring(0, method.length() - V2_SUFFIX.length());
            version = "v2";
        }
        String query = "?key=" + key;
        if (isRead(apiMethod) && !form.isEmpty()) {
            query += "&" + form;
        }
        return base + "/api/" + version + "/" + method + query;
    }
}

package org.offerrules.linkcheck;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a landing URL is the preview's page: the same app for App Store and Google Play URLs
 * (store and app id), otherwise the same host (any case) and path (an empty path is {@code /}; a
 * trailing {@code /} does not count); the scheme, port, query and fragment are ignored.
 */
final class Landing {

    private static final Pattern APPLE_ID = Pattern.compile("/id(\\d+)(?:[/?#]|$)");
    private static final Pattern PLAY_ID = Pattern.compile("(?:^|&)id=([^&#]+)");

    private Landing() {
    }

    static boolean same(String landing, String preview) {
        URI a = uri(landing);
        URI b = uri(preview);
        if (a == null || b == null) {
            return landing.equals(preview);
        }
        String appA = app(a);
        String appB = app(b);
        if (appA != null || appB != null) {
            return appA != null && appA.equals(appB);
        }
        return host(a).equals(host(b)) && path(a).equals(path(b));
    }

    /** {@code apple:ID} or {@code play:PACKAGE} for a store page, otherwise null. */
    static String app(URI uri) {
        String host = host(uri);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (host.equals("apps.apple.com") || host.equals("itunes.apple.com") || scheme.equals("itms-apps")) {
            Matcher m = APPLE_ID.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
            return m.find() ? "apple:" + m.group(1) : null;
        }
        if (host.equals("play.google.com") || scheme.equals("market")) {
            String query = uri.getRawQuery();
            Matcher m = PLAY_ID.matcher(query == null ? "" : query);
            return m.find() ? "play:" + m.group(1) : null;
        }
        return null;
    }

    private static URI uri(String text) {
        try {
            return new URI(text.trim());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost() != null ? uri.getHost() : uri.getAuthority();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    private static String path(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

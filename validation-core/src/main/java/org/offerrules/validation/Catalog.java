package org.offerrules.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.offerrules.validation.internal.MessageTemplate;

/**
 * Loads the error-code catalog once: the code table ({@code error-codes.tsv}) and the default
 * messages ({@code messages.properties}). Array-indexed by number so that {@link #get} is O(1).
 */
final class Catalog {

    static final String BUNDLE = "org.offerrules.validation.messages";
    private static final String TABLE = "/org/offerrules/validation/error-codes.tsv";

    // numbers run 6000..6999, plus the four 5-digit codes 63990..63993
    private static final int BASE = 6000;
    private static final ErrorCode[] SMALL = new ErrorCode[1000];
    private static final ErrorCode[] LARGE = new ErrorCode[10];
    private static final Collection<ErrorCode> ALL;
    private static final Map<Locale, Map<Integer, MessageTemplate>> LOCALIZED = new ConcurrentHashMap<>();

    static {
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        Map<Integer, ErrorCode> codes = new LinkedHashMap<>();
        try (InputStream in = Catalog.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int number = Integer.parseInt(f[0]);
                ErrorCode code = new ErrorCode(number, ErrorFamily.valueOf(f[1]), Integer.parseInt(f[2]),
                        ClientAction.valueOf(f[3]), CheckKind.valueOf(f[4]),
                        MessageTemplate.parse(english.getString(f[0])));
                if (codes.put(number, code) != null) {
                    throw new IllegalStateException("error code " + number + " is listed twice");
                }
                if (number >= 63990) {
                    LARGE[number - 63990] = code;
                } else {
                    SMALL[number - BASE] = code;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ALL = codes.values().stream().sorted().toList();
    }

    private Catalog() {
    }

    static ErrorCode get(int number) {
        if (number >= BASE && number < BASE + SMALL.length) {
            return SMALL[number - BASE];
        }
        if (number >= 63990 && number < 63990 + LARGE.length) {
            return LARGE[number - 63990];
        }
        return null;
    }

    static Collection<ErrorCode> all() {
        return ALL;
    }

    static MessageTemplate template(int number, Locale locale) {
        Map<Integer, MessageTemplate> templates = LOCALIZED.computeIfAbsent(locale, Catalog::load);
        MessageTemplate t = templates.get(number);
        return t != null ? t : get(number) == null ? MessageTemplate.parse(String.valueOf(number))
                : MessageTemplate.parse(get(number).messageTemplate());
    }

    private static Map<Integer, MessageTemplate> load(Locale locale) {
        Map<Integer, MessageTemplate> templates = new ConcurrentHashMap<>();
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale);
        } catch (MissingResourceException e) {
            return templates;
        }
        for (String key : bundle.keySet()) {
            templates.put(Integer.parseInt(key), MessageTemplate.parse(bundle.getString(key)));
        }
        return templates;
    }
}

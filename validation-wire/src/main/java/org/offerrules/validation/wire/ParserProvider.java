package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * What a Jackson module gives the Jackson-free readers and writers of {@code org.offerrules.validation.document}:
 * its parsers and its generator. Each Jackson module provides one as a service ({@code provides} in its
 * {@code module-info}, {@code META-INF/services} on the class path), so that the reading API exists once
 * and finds the parser of whichever Jackson is present. Implementations are stateless and thread-safe.
 */
public abstract class ParserProvider {

    private final int jacksonVersion;
    private final TokenSources sources;

    /** A provider of Jackson {@code jacksonVersion}'s parsers {@code sources}. */
    protected ParserProvider(int jacksonVersion, TokenSources sources) {
        this.jacksonVersion = jacksonVersion;
        this.sources = sources;
    }

    /** The major version of the Jackson this provider parses with: 2 or 3. */
    public final int jacksonVersion() {
        return jacksonVersion;
    }

    /** Its parsers, with the {@link ReadLimits}. */
    public final TokenSources sources() {
        return sources;
    }

    /** Writes {@code request} as one line of JSON to {@code out} (which stays open) through {@link WireWriter}. */
    public abstract void writeJson(Object request, Writer out) throws IOException;

    /**
     * The provider of Jackson {@code version}, or of the newest Jackson present when {@code version} is 0.
     *
     * @throws IllegalStateException when no such provider is on the class or module path
     */
    public static ParserProvider find(int version) {
        List<ParserProvider> found = ParserProviders.PRESENT;
        for (ParserProvider p : found) {
            if (version == 0 || p.jacksonVersion() == version) {
                return p;
            }
        }
        throw new IllegalStateException(version == 0
                ? "no Jackson module of offer-rules found: add validation-jackson (Jackson 2) or validation-jackson3 (Jackson 3)"
                : "no Jackson " + version + " module of offer-rules found: add "
                        + (version == 2 ? "validation-jackson" : "validation-jackson" + version));
    }
}

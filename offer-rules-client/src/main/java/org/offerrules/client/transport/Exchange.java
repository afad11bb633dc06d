package org.offerrules.client.transport;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeoutException;

/** One HTTP exchange with a timeout that covers the answer's body too, and a bound on the body's size. */
public final class Exchange {

    /**
     * The longest answer read, in bytes: a page of the API's largest list is a few MB; a server that
     * sends more (a misrouted download, an endless stream) would otherwise fill the heap.
     */
    public static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    private Exchange() {
    }

    /**
     * The server answered, but its answer cannot be read as text: too long, in a charset this JVM does
     * not know, or with bytes that are not text in its charset. Not a network failure: sending the
     * request again gives the same answer.
     */
    public static class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * The server's answer was longer than {@link #MAX_ANSWER_BYTES} (or the limit given): it was not
     * read to its end. Not a network failure: sending the request again gives the same answer.
     */
    public static final class AnswerTooLarge extends Unreadable {
        private static final long serialVersionUID = 1L;

        AnswerTooLarge(long limit) {
            super("the answer is longer than " + (limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MiB"
                    : limit + " bytes") + ", more than any answer of the API");
        }

        AnswerTooLarge(AnswerTooLarge original) {
            super(original.getMessage());
        }
    }

    /**
     * Sends {@code request} and reads its answer as text, all within {@code timeout}: the
     * request's own timeout ends at the headers, so a server that sends them and then stalls the body
     * would hold the caller forever. The text is decoded in the charset the answer's
     * {@code Content-Type} declares, UTF-8 (JSON's) when it declares none; bytes that are not text in
     * that charset are an {@link Unreadable} answer, never replacement characters (a pull would write
     * them into the data as if the server had sent them).
     *
     * @throws HttpTimeoutException when there was no whole answer within the timeout (its message says
     *     so in those words); {@link java.net.http.HttpConnectTimeoutException} when connecting took it
     * @throws AnswerTooLarge      when the answer's body is longer than {@link #MAX_ANSWER_BYTES}
     * @throws Unreadable           when the answer declares a charset this JVM does not know, its
     *                              bytes are not text in its charset, it is compressed
     *                              ({@code Content-Encoding}), which no request asks for, its
     *                              {@code Content-Length} is no number, its status is no HTTP status
     *                              ({@link #unknownStatus}), or its head is no HTTP (a status line
     *                              {@code HTTP/1.1 abc})
     * @throws IOException          when the exchange failed otherwise (a refused or dropped connection)
     * @throws InterruptedException when the waiting thread is interrupted; the exchange is cancelled
     */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request, Duration timeout)
            throws IOException, InterruptedException {
        return send(http, request, timeout, MAX_ANSWER_BYTES);
    }

    /** {@link #send(HttpClient, HttpRequest, Duration)} reading at most {@code maxBytes} of the answer. */
    static HttpResponse<String> send(HttpClient http, HttpRequest request, Duration timeout, int maxBytes)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request,
                info -> Bounded.of(maxBytes, info.statusCode(), info.headers()));
        try {
            return pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException(noAnswer(timeout));
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof AnswerTooLarge tooLarge) {
                throw new AnswerTooLarge(tooLarge); // thrown on the client's thread: this one's stack
            }
            if (cause instanceof Unreadable unreadable) {
                throw new Unreadable(unreadable.getMessage());
            }
            if (cause instanceof NumberFormatException malformed) {
                // the JDK's client reads the answer's Content-Length as a number before any body handler
                // runs (a negative one it leaves to Bounded.of); it failed as "IOException:
                // java.lang.NumberFormatException: ...", sent again as if the network had broken
                throw new Unreadable("the answer's Content-Length is no length (" + malformed.getMessage() + ")");
            }
            if (cause instanceof ProtocolException notHttp) {
                // the JDK's client could not parse the answer's head (a status line "HTTP/1.1 abc", "HTTP/1.1 60"):
                // the server's answer, not a broken exchange, so not sent again (it was, as an IOException)
                throw new Unreadable("the answer is no HTTP answer: " + reason(notHttp));
            }
            if (cause instanceof HttpTimeoutException t && !(t instanceof java.net.http.HttpConnectTimeoutException)) {
                throw new HttpTimeoutException(noAnswer(timeout));
            }
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause));
        }
    }

    /**
     * Why {@code status} is no status of a final answer, or empty when it is one (200 to 599): the one
     * rule for every answer the clients read, its HTTP status and the network's {@code httpStatus} in its
     * body. RFC 9110 (15) makes a status three digits from 100 to 599 and has a recipient read a status
     * it does not know as the x00 of its class; 600 to 999 have no class, so there is nothing to read
     * them as: they were retried as a 5xx, as if the server had failed. A 1xx is interim (15.2), never
     * the answer itself (the JDK's client reads it so and waits for the final answer).
     *
     * @return e.g. {@code 600 is no HTTP status (RFC 9110: 100 to 599)}, to follow the status's name
     */
    public static Optional<String> unknownStatus(int status) {
        if (status >= 200 && status <= 599) {
            return Optional.empty();
        }
        return Optional.of(status >= 100 && status <= 199 ? status + " is interim (1xx), not an answer"
                : status + " is no HTTP status (RFC 9110: 100 to 599)");
    }

    /**
     * The charset a {@code Content-Type} declares ({@code charset=}, quoted or not, in any case), UTF-8
     * when there is no header or no such parameter.
     *
     * @throws Unreadable when the charset is one this JVM does not know, or no charset name at all
     */
    static Charset charset(Optional<String> contentType) throws Unreadable {
        if (contentType.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        String[] parts = contentType.get().split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int eq = parameter.indexOf('=');
            if (eq < 0 || !parameter.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("charset")) {
                continue;
            }
            String name = parameter.substring(eq + 1).trim();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new Unreadable("the answer is in the charset \"" + name + "\" (Content-Type: "
                        + contentType.get() + "), which this Java does not know");
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * What a redirect answer (3xx) did, for the failure it is ({@code redirected to URL, not followed};
     * the status is the caller's to show): the JDK's client is told to follow none
     * (a write's body and the key would go to an address nobody configured), so without this the caller
     * saw only {@code HTTP 302}, not where the server sent it; empty for any other answer. The
     * {@code Location} is resolved against the request's URL; the caller masks any key in it.
     */
    public static Optional<String> redirect(HttpResponse<?> answer) {
        int status = answer.statusCode();
        if (status < 300 || status > 399) {
            return Optional.empty();
        }
        String to = answer.headers().firstValue("Location").map(location -> {
            try {
                return " to " + answer.uri().resolve(location.strip());
            } catch (IllegalArgumentException e) {
                return " to \"" + location + "\" (not a URL)";
            }
        }).orElse(" without a Location");
        return Optional.of("redirected" + to + ", not followed");
    }

    /**
     * A failed exchange's message, or its first cause's that has one: the JDK's client may throw a
     * {@code ConnectException} without any, which printed as "ConnectException: " and nothing.
     */
    public static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e instanceof java.net.ConnectException ? "the connection was refused or could not be made" : "no reason given";
    }

    private static String noAnswer(Duration timeout) {
        return "no answer within " + timeout.toMillis() + " ms";
    }

    /**
     * The body as text in its charset, read up to a limit: past it (or when the answer declares a longer
     * {@code Content-Length}), the subscription is cancelled (the connection closed) and the answer fails
     * with {@link AnswerTooLarge}, before the bytes are held.
     *
     * <p>Memory stays near what was read: one list of buffers is asked for at a time, so the client
     * reads the socket no faster than the bytes are kept, and the bytes are copied from the client's
     * (direct) buffers straight into blocks that are never regrown, never more than the limit in all;
     * a growing array would hold its old and new copy at once (1.5 times the limit) and leave both
     * behind as garbage. At the end an answer of more than one block is copied into one array to be
     * decoded (a character may span two blocks): the bytes are then held twice, once, briefly.
     */
    static final class Bounded implements HttpResponse.BodySubscriber<String> {
        /** The first block: most answers are a few KB. */
        private static final int FIRST_BLOCK = 8 * 1024;
        /** The largest block: a long answer is held in blocks of this size at most. */
        private static final int MAX_BLOCK = 1024 * 1024;

        private final int limit;
        private final long declared;
        /** The answer's charset; null when the answer is refused unread, then {@link #refused} says why. */
        private final Charset charset;
        private final Unreadable refused;
        private final List<byte[]> blocks = new ArrayList<>();
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private byte[] block;
        private int used;    // of the last block
        private long total;  // bytes kept, all blocks
        private long held;   // bytes allocated, all blocks

        /**
         * @param limit    the most bytes kept
         * @param declared the answer's {@code Content-Length}, -1 when it has none (chunked)
         */
        Bounded(int limit, long declared) {
            this(limit, declared, StandardCharsets.UTF_8, null);
        }

        /**
         * @param limit    the most bytes kept
         * @param declared the answer's {@code Content-Length}, -1 when it has none (chunked)
         * @param charset  the answer's charset; null when it is refused
         * @param refused  why the answer is refused unread, or null
         */
        private Bounded(int limit, long declared, Charset charset, Unreadable refused) {
            this.limit = limit;
            this.declared = declared;
            this.charset = charset;
            this.refused = refused;
        }

        /**
         * The subscriber of an answer with these headers. Refused unread: a {@code Content-Type} charset this
         * JVM does not know; a {@code Content-Encoding} other than {@code identity} (no request asks for one
         * and the JDK's client decodes none: its bytes were read as text and refused as "byte 1 is not a
         * character", which did not say what the server had done); a {@code Content-Length} that is no
         * number (one the JDK's client reads as a number, a negative one, is refused here; the others in
         * {@link Exchange#send}). A length past a long is past the limit. A status that is no HTTP status
         * ({@link Exchange#unknownStatus}): the answer is not understood, whatever its body says.
         */
        static Bounded of(int limit, int status, HttpHeaders headers) {
            Optional<String> length = headers.firstValue("Content-Length").map(String::strip);
            long declared = length.filter(l -> !l.isEmpty() && l.chars().allMatch(c -> c >= '0' && c <= '9'))
                    .map(l -> l.length() > 18 ? Long.MAX_VALUE : Long.parseLong(l)).orElse(-1L);
            String coding = headers.firstValue("Content-Encoding").map(String::strip).orElse("");
            try {
                Optional<String> unknown = unknownStatus(status);
                if (unknown.isPresent()) {
                    throw new Unreadable("the answer's status " + unknown.get());
                }
                if (length.isPresent() && declared < 0) {
                    throw new Unreadable("the answer's Content-Length is no length: " + length.get());
                }
                if (!coding.isEmpty() && !coding.equalsIgnoreCase("identity")) {
                    throw new Unreadable("the answer is compressed (Content-Encoding: " + coding
                            + "), which no request asks for and the client does not decode");
                }
                return new Bounded(limit, declared, charset(headers.firstValue("Content-Type")), null);
            } catch (Unreadable e) {
                return new Bounded(limit, declared, null, e);
            }
        }

        /** The bytes the blocks hold room for: never more than the limit. */
        long held() {
            return held;
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (refused != null) {
                subscription.cancel(); // no byte of it can be read as text
                body.completeExceptionally(refused);
                return;
            }
            if (declared > limit) {
                tooLarge();
                return;
            }
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (total + buffer.remaining() > limit) {
                    tooLarge();
                    return;
                }
                while (buffer.hasRemaining()) {
                    if (block == null || used == block.length) {
                        grow();
                    }
                    int n = Math.min(buffer.remaining(), block.length - used);
                    buffer.get(block, used, n);
                    used += n;
                    total += n;
                }
            }
            subscription.request(1);
        }

        /** A new block: as large as what was kept so far (between the first and the largest block), within the limit. */
        private void grow() {
            int size = (int) Math.min(limit - held, Math.max(FIRST_BLOCK, Math.min(MAX_BLOCK, total)));
            block = new byte[size];
            blocks.add(block);
            used = 0;
            held += size;
        }

        private void tooLarge() {
            subscription.cancel();
            release();
            body.completeExceptionally(new AnswerTooLarge(limit));
        }

        /** Lets the blocks go, and forgets their bytes: a late {@link #onComplete} finds none to put together. */
        private void release() {
            blocks.clear();
            block = null;
            used = 0;
            total = 0;
            held = 0;
        }

        @Override
        public void onError(Throwable failure) {
            release();
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            if (body.isDone()) {
                return; // the end of an answer already refused (Flow allows signals after cancel)
            }
            if (blocks.size() <= 1) {
                decode(blocks.isEmpty() ? new byte[0] : block, used);
                return;
            }
            // a character may span two blocks: decoded from one array
            byte[] all = new byte[(int) total];
            int at = 0;
            for (byte[] b : blocks) {
                int n = (int) Math.min(b.length, total - at);
                System.arraycopy(b, 0, all, at, n);
                at += n;
            }
            release();
            decode(all, all.length);
        }

        /** The first {@code length} bytes as text in the answer's charset, or the answer fails: no replacement characters. */
        private void decode(byte[] bytes, int length) {
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
            try {
                body.complete(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString());
            } catch (CharacterCodingException e) {
                body.completeExceptionally(new Unreadable("the answer is not " + charset.name() + " text"
                        + (charset.equals(StandardCharsets.UTF_8) ? " (JSON's charset; it declares none)" : "")
                        + ": byte " + in.position() + " is not a character in it"));
            }
        }
    }
}

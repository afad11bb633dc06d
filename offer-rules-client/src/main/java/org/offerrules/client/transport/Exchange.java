package org.offerrules.client.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
     * The server's answer was longer than {@link #MAX_ANSWER_BYTES} (or the limit given): it was not
     * read to its end. Not a network failure: sending the request again gives the same answer.
     */
    public static final class AnswerTooLarge extends IOException {
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
     * Sends {@code request} and reads its answer as UTF-8 text, all within {@code timeout}: the
     * request's own timeout ends at the headers, so a server that sends them and then stalls the body
     * would hold the caller forever.
     *
     * @throws HttpTimeoutException when there was no whole answer within the timeout (its message says
     *     so in those words); {@link java.net.http.HttpConnectTimeoutException} when connecting took it
     * @throws AnswerTooLarge      when the answer's body is longer than {@link #MAX_ANSWER_BYTES}
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
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(request, info -> new Bounded(maxBytes));
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
            if (cause instanceof HttpTimeoutException t && !(t instanceof java.net.http.HttpConnectTimeoutException)) {
                throw new HttpTimeoutException(noAnswer(timeout));
            }
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause));
        }
    }

    private static String noAnswer(Duration timeout) {
        return "no answer within " + timeout.toMillis() + " ms";
    }

    /**
     * The body as UTF-8 text, read up to a limit: past it, the subscription is cancelled (the
     * connection closed) and the answer fails with {@link AnswerTooLarge}, before the bytes are held.
     */
    private static final class Bounded implements HttpResponse.BodySubscriber<String> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Bounded(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new AnswerTooLarge(limit));
                    return;
                }
                if (buffer.hasArray()) { // the client's heap buffers: no copy of each chunk on the way
                    bytes.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
                } else {
                    byte[] chunk = new byte[buffer.remaining()];
                    buffer.get(chunk);
                    bytes.write(chunk, 0, chunk.length);
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}

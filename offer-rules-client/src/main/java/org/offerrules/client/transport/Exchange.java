package org.offerrules.client.transport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One HTTP exchange with a timeout that covers the answer's body too. */
public final class Exchange {

    private Exchange() {
    }

    /**
     * Sends {@code request} and reads its answer as UTF-8 text, all within {@code timeout}: the
     * request's own timeout ends at the headers, so a server that sends them and then stalls the body
     * would hold the caller forever.
     *
     * @throws HttpTimeoutException when there was no whole answer within the timeout (its message says
     *     so in those words); {@link java.net.http.HttpConnectTimeoutException} when connecting took it
     * @throws IOException          when the exchange failed otherwise (a refused or dropped connection)
     * @throws InterruptedException when the waiting thread is interrupted; the exchange is cancelled
     */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request, Duration timeout)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
            if (cause instanceof HttpTimeoutException t && !(t instanceof java.net.http.HttpConnectTimeoutException)) {
                throw new HttpTimeoutException(noAnswer(timeout));
            }
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause));
        }
    }

    private static String noAnswer(Duration timeout) {
        return "no answer within " + timeout.toMillis() + " ms";
    }
}

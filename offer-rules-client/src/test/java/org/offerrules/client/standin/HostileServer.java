package org.offerrules.client.standin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A server on loopback that speaks HTTP/1.1 only as far as its script lets it: each connection's
 * request head (and its body, by {@code Content-Length}) is read, then the script writes whatever
 * bytes it likes, or none, and the connection is closed when the script returns (reset instead, when
 * the script asks so). The JDK's {@code HttpServer} cannot be made to misbehave at the byte level (cut a
 * body short of its declared length, drip it, reset mid-answer, answer a request with TLS or not at
 * all); this can. Shared with link-check's tests as this module's test-jar.
 */
public final class HostileServer implements AutoCloseable {

    /** What the server does with one connection, after reading its request. */
    @FunctionalInterface
    public interface Script {
        /**
         * @param request the request's head (request line and headers) as text, and its body
         * @param out     the connection's output; flushed and closed after the script returns
         * @param socket  the connection, for a script that resets it or holds it open
         */
        void serve(Seen request, OutputStream out, Socket socket) throws IOException, InterruptedException;
    }

    /** A request as the server read it. */
    public record Seen(String head, String body) {
        /** The request line's target, e.g. {@code /api/v1/test?codes}. */
        public String target() {
            String line = head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n"));
            String[] parts = line.split(" ");
            return parts.length > 1 ? parts[1] : "";
        }
    }

    private final ServerSocket listener;
    private final Script script;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Seen> seen = new ArrayList<>();
    private final List<Socket> open = new ArrayList<>();

    /** Whether a request is read before the script runs: not for a script that answers whatever comes (a TLS hello). */
    private final boolean readsRequest;

    private HostileServer(Script script, boolean readsRequest) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.script = script;
        this.readsRequest = readsRequest;
        threads.execute(this::accept);
    }

    /** A server that answers every connection with {@code script}, after reading its request. */
    public static HostileServer start(Script script) throws IOException {
        return new HostileServer(script, true);
    }

    /**
     * A server whose script answers as soon as a connection is made, reading nothing, as a plain HTTP
     * server answers bytes that are no request (a TLS hello) with an error page; the request is recorded
     * as an empty one.
     */
    public static HostileServer answeringAtOnce(Script script) throws IOException {
        return new HostileServer(script, false);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** The listening port. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Every request read so far, in order. */
    public synchronized List<Seen> requests() {
        return List.copyOf(seen);
    }

    /** The answer's status line and headers, for a script: {@code head(200, "Content-Length: 2")}. */
    public static byte[] head(int status, String... headers) {
        StringBuilder b = new StringBuilder("HTTP/1.1 ").append(status).append(" Whatever\r\n");
        for (String header : headers) {
            b.append(header).append("\r\n");
        }
        return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A whole answer with a {@code Content-Length} body of {@code json}, {@code Content-Type: application/json}. */
    public static byte[] json(int status, String json, String... headers) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(List.of(headers));
        all.add("Content-Type: application/json");
        all.add("Content-Length: " + body.length);
        byte[] head = head(status, all.toArray(String[]::new));
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        return whole;
    }

    /** Closes the connection with a TCP reset instead of an orderly end. */
    public static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            synchronized (this) {
                open.add(socket);
            }
            threads.execute(() -> serve(socket));
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            Seen request = readsRequest ? read(socket.getInputStream()) : new Seen("", "");
            if (request == null) {
                return;
            }
            synchronized (this) {
                seen.add(request);
            }
            OutputStream out = socket.getOutputStream();
            script.serve(request, out, socket);
            if (!socket.isClosed()) {
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SocketException e) {
            // the client went away (its timeout), or the script reset the connection
        } catch (IOException e) {
            // likewise
        }
    }

    /** The request's head and its body; null when the connection ends first. */
    private static Seen read(InputStream in) throws IOException {
        String head = readHead(in);
        if (head == null) {
            return null;
        }
        return new Seen(head, new String(in.readNBytes(Math.max(0, contentLength(head))), StandardCharsets.UTF_8));
    }

    /** The bytes up to the blank line, as text; null when the connection ends first. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        synchronized (this) {
            for (Socket socket : open) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

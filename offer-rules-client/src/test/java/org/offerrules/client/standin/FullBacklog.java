package org.offerrules.client.standin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A port on loopback where connecting never completes: a listener that accepts nothing, its backlog
 * filled by connections of its own, so that the kernel drops a new connection's SYN and the client's
 * connect waits (on Linux, which CI runs; where the kernel refuses instead, the connect fails at once
 * and {@link #hangs()} says so). The connect timeout is the only thing that ends such a connection.
 * Shared with link-check's tests as this module's test-jar.
 */
public final class FullBacklog implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> fillers = new ArrayList<>();
    private final boolean hangs;

    public FullBacklog() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        boolean full = false;
        for (int i = 0; i < 16 && !full; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), 200);
                fillers.add(filler);
            } catch (SocketTimeoutException e) {
                filler.close();
                full = true;
            } catch (IOException e) {
                filler.close();
                break; // refused: this system does not hold connections back
            }
        }
        hangs = full;
    }

    /** Whether a connection to the port hangs, as on Linux; tests of a connect timeout assume it. */
    public boolean hangs() {
        return hangs;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket filler : fillers) {
            filler.close();
        }
        listener.close();
    }
}

package org.redflag.store.elasticsearch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The two ports of the node on 127.0.0.1: HTTP (what Redflag talks to) and transport (internal to Elasticsearch).
 *
 * @param http      the HTTP port
 * @param transport the transport port
 */
record NodePorts(int http, int transport) {

    /** Picks ports: {@code configuredHttp} unless 0, free ones otherwise. */
    static NodePorts choose(int configuredHttp) {
        int http = configuredHttp == 0 ? freePort() : configuredHttp;
        int transport = freePort();
        while (transport == http) {
            transport = freePort();
        }
        return new NodePorts(http, transport);
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }
}

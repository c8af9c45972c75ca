package cn.safetymonth.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * What the front (docker/nginx) does for object links, in a few lines: takes {@code GET /files/bucket/key?…}, strips
 * the prefix from the raw path, keeps every header including Host, and passes the request to the object store. A link
 * signed for the public host and path resolves through it only if the signature was made for what the store sees.
 */
public final class PrefixStrippingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String prefix;
    private final int upstreamPort;

    private PrefixStrippingProxy(ServerSocket server, String prefix, int upstreamPort) {
        this.server = server;
        this.prefix = prefix;
        this.upstreamPort = upstreamPort;
    }

    public static PrefixStrippingProxy start(String prefix, int upstreamPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress("127.0.0.1", 0), 50);
        PrefixStrippingProxy proxy = new PrefixStrippingProxy(server, prefix, upstreamPort);
        Thread t = new Thread(proxy::accept, "prefix-proxy");
        t.setDaemon(true);
        t.start();
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket client = server.accept(); Socket upstream = new Socket("127.0.0.1", upstreamPort)) {
                String head = readHead(client.getInputStream());
                String[] lines = head.split("\r\n");
                String[] requestLine = lines[0].split(" ");
                String path = requestLine[1].startsWith(prefix + "/") ? requestLine[1].substring(prefix.length()) : "/not-under-prefix";
                StringBuilder out = new StringBuilder(requestLine[0] + " " + path + " " + requestLine[2] + "\r\n");
                for (int i = 1; i < lines.length; i++) {
                    String name = lines[i].substring(0, Math.max(0, lines[i].indexOf(':'))).trim();
                    // hop-by-hop headers stay here, as with nginx; Host and the rest go on unchanged
                    if (!name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Upgrade") && !name.equalsIgnoreCase("HTTP2-Settings")) {
                        out.append(lines[i]).append("\r\n");
                    }
                }
                out.append("Connection: close\r\n\r\n");
                OutputStream up = upstream.getOutputStream();
                up.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
                up.flush();
                upstream.getInputStream().transferTo(client.getOutputStream());
            } catch (IOException e) {
                // one request failed; the test reading it sees that
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).trim();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

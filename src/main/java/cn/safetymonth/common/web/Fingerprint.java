package cn.safetymonth.common.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of what a request asks for: method, path and query, and its body (an upload: each part's name, file name, type
 * and content; a form: its parameters). One key sent again with another fingerprint is another request (1013).
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(HttpServletRequest request, byte[] body) throws IOException {
        MessageDigest sha = sha256();
        line(sha, request.getMethod());
        line(sha, request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("multipart/")) {
            for (Part part : parts(request)) {
                line(sha, part.getName());
                line(sha, part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName());
                line(sha, part.getContentType() == null ? "" : part.getContentType());
                MessageDigest content = sha256();
                try (InputStream in = part.getInputStream()) {
                    byte[] buf = new byte[8192];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        content.update(buf, 0, n);
                    }
                }
                line(sha, HexFormat.of().formatHex(content.digest()));
            }
        } else if (body == null) {
            Map<String, String[]> sorted = new TreeMap<>(request.getParameterMap());
            sorted.forEach((name, values) -> line(sha, name + "=" + String.join("\u0000", values)));
        } else {
            sha.update(body);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Iterable<Part> parts(HttpServletRequest request) throws IOException {
        try {
            return request.getParts();
        } catch (ServletException e) {
            return java.util.List.of(); // not a readable upload: the handler refuses it; the key still binds the path
        }
    }

    private static void line(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

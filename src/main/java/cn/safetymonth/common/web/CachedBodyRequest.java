package cn.safetymonth.common.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body was read once, up front, to fingerprint it and find an old client's body key; the handler reads
 * the same bytes. Uploads and forms are left to the container (it parses them itself): their parts and parameters are
 * fingerprinted instead. A body that could not be read (over the size limit) fails the handler's read the same way.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final IOException failure;

    private CachedBodyRequest(HttpServletRequest request, byte[] body, IOException failure) {
        super(request);
        this.body = body;
        this.failure = failure;
    }

    static CachedBodyRequest of(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            return new CachedBodyRequest(request, null, null);
        }
        try {
            return new CachedBodyRequest(request, request.getInputStream().readAllBytes(), null);
        } catch (IOException e) {
            return new CachedBodyRequest(request, new byte[0], e);
        }
    }

    /** The body, or null for an upload or a form. */
    byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            return super.getInputStream();
        }
        if (failure != null) {
            throw failure;
        }
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body was already read");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
        return body == null ? super.getContentLength() : body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body == null ? super.getContentLengthLong() : body.length;
    }
}

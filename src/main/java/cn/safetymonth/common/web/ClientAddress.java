package cn.safetymonth.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request comes from. Behind a reverse proxy this is the address the proxy saw: Tomcat reads
 * X-Forwarded-For only from the proxies named in {@code server.tomcat.remoteip.internal-proxies}, so a client cannot
 * choose its own address by sending the header.
 */
public final class ClientAddress {

    private static final int MAX = 45; // the longest IPv6 text form

    private ClientAddress() {
    }

    /** The client address of the request this thread serves; null outside a request (jobs, start-up). */
    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return of(attrs.getRequest());
        }
        return null;
    }

    public static String of(HttpServletRequest request) {
        String addr = request.getRemoteAddr();
        return addr == null || addr.length() <= MAX ? addr : addr.substring(0, MAX);
    }
}

package cn.safetymonth.console;

import cn.safetymonth.storage.StorageProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Headers of the console's pages and their libraries: scripts only from this service (no inline script, so an injected
 * string cannot run), no framing (no click-jacking of a reviewer's "verify"), images from here, the object store's signed
 * links and the configured tile server. Styles may be inline because the chart and map libraries position with them.
 */
class ConsolePageHeaders extends OncePerRequestFilter {

    private final String policy;

    ConsolePageHeaders(ConsoleProperties console, StorageProperties storage) {
        String images = Stream.of("'self'", "data:", "blob:", Origins.of(storage.endpoint()), console.tilesOrigin())
                .filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(" "));
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src " + images
                + "; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}

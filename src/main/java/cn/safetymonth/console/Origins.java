package cn.safetymonth.console;

import java.net.URI;

/** The scheme://host[:port] of a URL, or "" when there is none (templates with {z} are cut before parsing). */
final class Origins {

    private Origins() {
    }

    static String of(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String head = url.trim().replaceFirst("^(https?://[^/{?#]+).*$", "$1");
        try {
            URI uri = URI.create(head);
            return uri.getScheme() != null && uri.getHost() != null ? head : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}

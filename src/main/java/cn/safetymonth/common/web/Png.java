package cn.safetymonth.common.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PNG answer (codes, certificates): personal or short-lived, so never kept by a cache on the way. */
public final class Png {

    private Png() {
    }

    public static ResponseEntity<byte[]> noStore(byte[] png) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }
}

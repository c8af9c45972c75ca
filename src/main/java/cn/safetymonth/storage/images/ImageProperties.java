package cn.safetymonth.storage.images;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What every photo upload must be (hazard photos, check-in and work pictures, event evidence, after-photos).
 *
 * @param maxBytes      the file as sent; wx.uploadFile's own limit is 10 MB
 * @param maxPixels     width × height read from the header, refused before anything is decoded (a pixel bomb)
 * @param minEdge       shorter than this on either side is no photo of anything
 * @param thumbnailSide the longer side of list previews
 * @param uprightEdge   a photo that EXIF says is turned is redrawn upright, at most this long on its longer side
 */
@ConfigurationProperties("safety.images")
public record ImageProperties(@DefaultValue("10MB") DataSize maxBytes,
                              @DefaultValue("50000000") long maxPixels,
                              @DefaultValue("32") int minEdge,
                              @DefaultValue("480") int thumbnailSide,
                              @DefaultValue("4096") int uprightEdge) {
}

/** Image work for the modules that take photos: JPEG/PNG sniffing, EXIF stripping, thumbnails, CJK fonts, watermarks. */
@NamedInterface("images")
package cn.safetymonth.storage.images;

import org.springframework.modulith.NamedInterface;

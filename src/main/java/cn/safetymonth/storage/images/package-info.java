/** Image work for the modules that take photos: the one image intake (type by content, limits before decoding, pixels only, upright, evidence, thumbnails), CJK fonts, watermarks. */
@NamedInterface("images")
package cn.safetymonth.storage.images;

import org.springframework.modulith.NamedInterface;

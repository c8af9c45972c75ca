/** Content kept as files in config/ (levels, forms, categories, pledge texts), bound by Jackson and checked by Bean Validation. */
@NamedInterface("content")
package cn.safetymonth.common.content;

import org.springframework.modulith.NamedInterface;

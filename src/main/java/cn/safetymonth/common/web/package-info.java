/** Web plumbing features use: paging, idempotent submissions, whole-file and PNG answers. */
@NamedInterface("web")
package cn.safetymonth.common.web;

import org.springframework.modulith.NamedInterface;

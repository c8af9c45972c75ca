/** Who is calling: the worker or the union staff member of the request, their roles, injected into controllers. */
@NamedInterface("auth")
package cn.safetymonth.common.auth;

import org.springframework.modulith.NamedInterface;

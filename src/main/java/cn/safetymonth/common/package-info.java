/**
 * What every feature shares: the response envelope, error codes, the exception handler, paging, audit fields,
 * who is calling, geo coordinates. It depends on no feature ({@code allowedDependencies} is empty), and its
 * sub-packages that features use are named interfaces of their own.
 */
@ApplicationModule(allowedDependencies = {})
package cn.safetymonth.common;

import org.springframework.modulith.ApplicationModule;

/** The service-wide Redis key prefix every module's keys start with. */
@NamedInterface("redis")
package cn.safetymonth.common.redis;

import org.springframework.modulith.NamedInterface;

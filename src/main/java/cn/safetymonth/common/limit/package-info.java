/** Every rate limit and daily cap: token buckets in Redis shared by all instances, and the 429 they answer with. */
@NamedInterface("limit")
package cn.safetymonth.common.limit;

import org.springframework.modulith.NamedInterface;

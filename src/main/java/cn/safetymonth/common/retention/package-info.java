/**
 * Evidence that expires: the periods ({@link RetentionProperties}) and the nightly job that hands each module the
 * moment before which its evidence of a kind is past its period ({@link ExpiringEvidence}).
 */
@NamedInterface("retention")
package cn.safetymonth.common.retention;

import org.springframework.modulith.NamedInterface;

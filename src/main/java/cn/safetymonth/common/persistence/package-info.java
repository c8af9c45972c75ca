/** What every module's tables share: audit fields, batched reads, the duplicate-key translation. */
@NamedInterface("persistence")
package cn.safetymonth.common.persistence;

import org.springframework.modulith.NamedInterface;

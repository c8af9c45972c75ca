/** Points on the map: wgs84 (wx.getLocation's default) and gcj02 (Chinese maps), converted and compared. */
@NamedInterface("geo")
package cn.safetymonth.common.geo;

import org.springframework.modulith.NamedInterface;

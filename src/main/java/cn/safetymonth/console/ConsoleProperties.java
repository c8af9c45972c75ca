package cn.safetymonth.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mapTiles        an XYZ tile URL template for the hazard map ("https://tiles.example/{z}/{x}/{y}.png"); empty by
 *                        default, and the map then draws the points on a plain background, so no page ever needs the internet
 * @param mapAttribution  the credit line the tile provider asks for, shown in the map's corner
 */
@ConfigurationProperties("safety.console")
public record ConsoleProperties(@DefaultValue("") String mapTiles, @DefaultValue("") String mapAttribution) {

    /** The tile server's origin ("https://tiles.example"), for the page's content policy; empty without tiles. */
    String tilesOrigin() {
        return Origins.of(mapTiles);
    }
}

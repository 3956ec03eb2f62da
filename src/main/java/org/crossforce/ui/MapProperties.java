package org.crossforce.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hotspot map's base map. Crossforce needs none: force areas and cells are drawn on a plain
 * background. A deployment with a tile server of its own names it here.
 *
 * @param tileUrl         a tile URL template such as {@code https://tiles.example/{z}/{x}/{y}.png}, or blank
 * @param tileAttribution the credit the tile server asks for
 */
@ConfigurationProperties("crossforce.map")
record MapProperties(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {
}

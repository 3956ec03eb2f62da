package org.crossforce.records;

import java.util.Map;

/**
 * Where a record happened. Any part may be missing; data.police.uk points are snapped to an
 * anonymised map point ("On or near ..."), so many records share one.
 *
 * @param latitude   WGS84 degrees, or null
 * @param longitude  WGS84 degrees, or null
 * @param address    the address or place as written
 * @param postcode   the postcode as written
 * @param attributes further named parts, such as {@code lsoa_code} and {@code lsoa_name}
 */
public record Location(Double latitude, Double longitude, String address, String postcode,
        Map<String, String> attributes) {

    public Location {
        attributes = Map.copyOf(attributes);
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}

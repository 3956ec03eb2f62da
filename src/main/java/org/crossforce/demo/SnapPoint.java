package org.crossforce.demo;

/**
 * One of data.police.uk's anonymised map points, to which every crime nearby is moved: many crimes
 * share it, and its name is a street ("On or near High Street") or a kind of place ("On or near
 * Supermarket").
 *
 * @param latitude  WGS84 degrees, to six places as data.police.uk writes them
 * @param longitude WGS84 degrees, to six places
 */
record SnapPoint(double latitude, double longitude, String location, String lsoaCode, String lsoaName) {
}

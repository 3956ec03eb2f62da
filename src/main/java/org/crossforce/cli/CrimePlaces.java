package org.crossforce.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.crossforce.geography.NationalGrid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * One force's made-up geography for the hotspot benchmark: a few dozen centres of very unequal
 * pull (a city centre, market towns, estates), some growing and some fading over the months, and
 * the pool of anonymised map points around them that crimes are snapped to, as data.police.uk
 * snaps every crime to the nearest of its map points: many crimes share one point, and a few
 * points (a shopping street, a station) draw far more than the rest. Every point lies inside the
 * force's boundary.
 */
final class CrimePlaces {

    /** Of every crime, the share scattered over the whole territory rather than drawn to a centre. */
    static final double SCATTERED = 0.12;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** The square an LSOA is made of: about the size of an urban LSOA's few hundred homes. */
    private static final int LSOA_METRES = 600;
    private static final List<String> PLACES = List.of("Shopping Area", "Supermarket", "Parking Area",
            "Petrol Station", "Nightclub", "Sports/Recreation Area", "Further/Higher Educational Building",
            "Hospital", "Bus/Coach Station", "Theatre/Concert Hall", "Pedestrian Subway", "Police Station");
    private static final java.util.Set<String> SHOPS = java.util.Set.of("Shopping Area", "Supermarket");
    private static final List<String> STREETS = List.of("High", "Station", "Church", "Park", "Victoria", "Green",
            "Manor", "Mill", "School", "Queens", "Kings", "New", "Grange", "London", "York", "Albert", "Springfield",
            "Windsor", "Highfield", "Alexandra", "George", "North", "South", "West", "Chapel", "Orchard", "Meadow",
            "Elm", "Oak", "Beech", "Cedar", "Willow", "Bridge", "Castle", "Market", "Forest", "Hill", "Brook",
            "Cross", "Union");
    private static final List<String> KINDS = List.of("Street", "Road", "Lane", "Avenue", "Close", "Drive", "Way",
            "Gardens", "Crescent", "Place", "Grove", "Walk");
    private static final List<String> FIRST = List.of("Ash", "Brook", "Chester", "Fair", "Green", "Hal", "Kings",
            "Long", "Mar", "New", "Oak", "Rad", "Stan", "Thorn", "Wes", "Bar", "Cran", "Elm", "Hather", "Mid");
    private static final List<String> LAST = List.of("ford", "ham", "ley", "ton", "field", "bury", "wood", "stead",
            "well", "minster");

    /**
     * A map point as a CSV row writes it.
     *
     * @param centre   the centre it belongs to, or -1 for a scattered point
     * @param pull     how strongly it draws crime against other points of its centre
     * @param shopping a shop or shopping street: shoplifting concentrates here
     */
    record MapPoint(double latitude, double longitude, String location, String lsoaCode, String lsoaName, int centre,
            double pull, boolean shopping) {
    }

    /**
     * @param weight the centre's share of its force's clustered crime, before the trend
     * @param trend  the change over the period: 0.8 means 40 % below the centre's mean at the
     *               start and 40 % above it at the end
     */
    record Centre(String district, NationalGrid.Point at, double spread, double weight, double trend) {
    }

    private final List<Centre> centres;
    private final List<MapPoint> points;

    private CrimePlaces(List<Centre> centres, List<MapPoint> points) {
        this.centres = List.copyOf(centres);
        this.points = List.copyOf(points);
    }

    /** @param area the force's boundary, longitude and latitude (WGS84) */
    static CrimePlaces of(Geometry area, int forceNumber, Random random) {
        PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
        Envelope box = area.getEnvelopeInternal();
        List<Centre> centres = new ArrayList<>();
        List<String> districts = districts(random);
        int count = 24 + random.nextInt(25);
        for (int i = 0; i < count; i++) {
            Coordinate c = somewhereIn(inside, box, random);
            // Zipf-like pull: the first centre is the city, the last a village.
            double weight = 1 / Math.pow(i + 1, 0.8);
            double roll = random.nextDouble();
            double trend = roll < 0.12 ? 1.2 : roll < 0.22 ? -0.8 : random.nextGaussian() * 0.15;
            centres.add(new Centre(districts.get(i % districts.size()), NationalGrid.toGrid(c.y, c.x),
                    250 + random.nextDouble() * (i < 5 ? 2_500 : 1_000), weight, trend));
        }
        Lsoas lsoas = new Lsoas(forceNumber);
        List<MapPoint> points = new ArrayList<>();
        for (int c = 0; c < centres.size(); c++) {
            Centre centre = centres.get(c);
            int wanted = 100 + (int) (centre.weight() * 2_500);
            for (int i = 0; i < wanted; i++) {
                for (int attempt = 0; attempt < 20; attempt++) {
                    double e = centre.at().easting() + random.nextGaussian() * centre.spread();
                    double n = centre.at().northing() + random.nextGaussian() * centre.spread();
                    NationalGrid.LatLon p = NationalGrid.toLatLon(e, n);
                    if (covers(inside, p.latitude(), p.longitude())) {
                        points.add(point(p, e, n, c, centre.district(), lsoas, random));
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < 2_000; i++) {
            Coordinate c = somewhereIn(inside, box, random);
            NationalGrid.Point g = NationalGrid.toGrid(c.y, c.x);
            points.add(point(new NationalGrid.LatLon(c.y, c.x), g.easting(), g.northing(), -1,
                    centres.get(nearest(centres, g)).district(), lsoas, random));
        }
        return new CrimePlaces(centres, points);
    }

    List<Centre> centres() {
        return centres;
    }

    List<MapPoint> points() {
        return points;
    }

    /**
     * Each point's chance of the next crime in a month, as running sums to search: a centre's
     * share follows its trend, and the scattered points share {@link #SCATTERED} between them.
     *
     * @param progress how far through the period the month lies, 0 to 1
     */
    double[] cumulative(double progress) {
        double[] centreShare = new double[centres.size()];
        double[] pullSums = new double[centres.size()];
        double scatteredPull = 0;
        double total = 0;
        for (int c = 0; c < centres.size(); c++) {
            Centre centre = centres.get(c);
            centreShare[c] = centre.weight() * Math.max(0.05, 1 + centre.trend() * (progress - 0.5));
            total += centreShare[c];
        }
        for (MapPoint p : points) {
            if (p.centre() < 0) {
                scatteredPull += p.pull();
            } else {
                pullSums[p.centre()] += p.pull();
            }
        }
        double[] sums = new double[points.size()];
        double running = 0;
        for (int i = 0; i < points.size(); i++) {
            MapPoint p = points.get(i);
            running += p.centre() < 0 ? SCATTERED * p.pull() / scatteredPull
                    : (1 - SCATTERED) * centreShare[p.centre()] / total * p.pull() / pullSums[p.centre()];
            sums[i] = running;
        }
        return sums;
    }

    private static MapPoint point(NationalGrid.LatLon p, double easting, double northing, int centre, String district,
            Lsoas lsoas, Random random) {
        // Pareto: most points see a crime now and then, a few see one most days.
        double pull = Math.min(200, 1 / Math.pow(1 - random.nextDouble(), 0.6));
        boolean place = random.nextDouble() < 0.15;
        String location = place ? PLACES.get(random.nextInt(PLACES.size()))
                : STREETS.get(random.nextInt(STREETS.size())) + " " + KINDS.get(random.nextInt(KINDS.size()));
        Lsoas.Lsoa lsoa = lsoas.at(easting, northing, district);
        boolean shopping = SHOPS.contains(location) || location.equals("High Street") || location.startsWith("Market ");
        return new MapPoint(round(p.latitude()), round(p.longitude()), "On or near " + location, lsoa.code(),
                lsoa.name(), centre, pull, shopping);
    }

    /** Published points have six decimals, some 10 cm: no more precise than that. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static Coordinate somewhereIn(PreparedGeometry inside, Envelope box, Random random) {
        while (true) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            if (covers(inside, round(lat), round(lon))) {
                return new Coordinate(round(lon), round(lat));
            }
        }
    }

    /** Rounded as published, so that a point checked inside is still inside as the CSV writes it. */
    private static boolean covers(PreparedGeometry inside, double latitude, double longitude) {
        return inside.covers(GEOMETRY.createPoint(new Coordinate(round(longitude), round(latitude))));
    }

    private static int nearest(List<Centre> centres, NationalGrid.Point p) {
        int best = 0;
        double least = Double.MAX_VALUE;
        for (int c = 0; c < centres.size(); c++) {
            double de = centres.get(c).at().easting() - p.easting();
            double dn = centres.get(c).at().northing() - p.northing();
            if (de * de + dn * dn < least) {
                least = de * de + dn * dn;
                best = c;
            }
        }
        return best;
    }

    /** Plainly invented place names, so that nobody mistakes a benchmark hotspot for a real one. */
    private static List<String> districts(Random random) {
        List<String> names = new ArrayList<>();
        for (String first : FIRST) {
            for (String last : LAST) {
                names.add(first + last);
            }
        }
        java.util.Collections.shuffle(names, random);
        return names;
    }

    /**
     * LSOAs as squares of the grid, each named after the district of the first point found in it,
     * numbered as the census numbers them ("Ashford 012C"). Codes are E01 codes beyond the real
     * ones' range.
     */
    private static final class Lsoas {
        record Lsoa(String code, String name) {
        }

        private final int base;
        private final Map<Long, Lsoa> bySquare = new HashMap<>();
        private final Map<String, Integer> perDistrict = new HashMap<>();

        Lsoas(int forceNumber) {
            this.base = 100_000 + (forceNumber % 30) * 30_000;
        }

        Lsoa at(double easting, double northing, String district) {
            long square = (long) Math.floor(easting / LSOA_METRES) << 32 | (long) Math.floor(northing / LSOA_METRES);
            return bySquare.computeIfAbsent(square, s -> {
                int n = perDistrict.merge(district, 1, Integer::sum) - 1;
                return new Lsoa(String.format(Locale.ROOT, "E01%06d", base + bySquare.size()),
                        String.format(Locale.ROOT, "%s %03d%c", district, n / 4 + 1, (char) ('A' + n % 4)));
            });
        }
    }
}

package org.crossforce.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The fixed pool of snap points of each place of a territory, every one inside the force's area,
 * each with its own weight, so that some streets are always busier than others.
 */
final class SnapPoints {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double METRES_PER_DEGREE = 111_320;
    // East-west metres shrink with the latitude; southern England's is close enough for every demo force.
    private static final double EAST_WEST = StrictMath.cos(StrictMath.toRadians(51.4));
    private static final int HOTSPOT_POINTS = 24;
    private static final List<String> STREETS = List.of("Station Road", "Church Road", "Church Lane", "London Road",
            "Victoria Road", "Park Road", "Queens Road", "York Road", "Albert Road", "Mill Lane", "The Broadway",
            "Grove Road", "Manor Road", "Alexandra Road", "Green Lane", "Springfield Road", "Richmond Road",
            "Stanley Road", "Windsor Road", "Kings Road", "Park Lane", "Chapel Street", "Highfield Road", "George Street",
            "New Road", "Tower Road", "Clarence Road", "Cromwell Road", "Nelson Road", "Oxford Road", "Cambridge Road",
            "Orchard Close", "The Avenue", "Meadow Way", "Beech Grove", "Elm Road", "Cedar Close", "Willow Way",
            "Chestnut Avenue", "Oak Road", "Maple Drive", "Ash Grove", "Rose Lane", "Fairfield Road", "Kingsway",
            "North Street", "South Street", "West Street", "East Street", "Cherry Tree Road", "Hillside",
            "Woodland Way", "School Lane", "Farm Close", "Forge Lane", "St John's Road", "Gordon Road", "Essex Road");
    private static final List<String> SITES = List.of("Supermarket", "Parking Area", "Petrol Station", "Shopping Area",
            "Sports/Recreation Area", "Nightclub", "Hospital", "Theatre/Concert Hall",
            "Further/Higher Educational Building", "Police Station");

    private final PreparedGeometry area;
    private final Envelope box;
    private final List<Place> towns;
    private final Map<String, Integer> districts;
    private final Map<String, Map<String, Integer>> blocks = new HashMap<>();

    /** @param districts each district's place in the order of all districts, which keeps LSOA codes apart */
    private SnapPoints(Geometry area, List<Place> places, Map<String, Integer> districts) {
        this.area = PreparedGeometryFactory.prepare(area);
        this.box = area.getEnvelopeInternal();
        this.towns = places.stream().filter(p -> p.kind() == Place.Kind.TOWN).toList();
        this.districts = districts;
    }

    /** A pool for every place of the territory, the same for the same seed. */
    static Map<Place, Pool> of(Geometry area, List<Place> places, Map<String, Integer> districts, Random random) {
        SnapPoints points = new SnapPoints(area, places, districts);
        Map<Place, Pool> pools = new LinkedHashMap<>();
        for (Place place : places) {
            pools.put(place, points.pool(place, random));
        }
        return pools;
    }

    private Pool pool(Place place, Random random) {
        List<SnapPoint> points = new ArrayList<>();
        return switch (place.kind()) {
            case BACKGROUND -> {
                // Half spread over the whole territory, villages and all; half in the suburbs of the towns.
                for (int i = 0; i < 8 * place.crimes(); i++) {
                    points.add(i % 2 == 0 ? anywhere(random) : near(random, town(random), 3000));
                }
                yield Pool.weighted(points, random, 0.8);
            }
            case TOWN -> {
                // A third in the centre's few streets, where shops and pubs are; the rest over the town.
                for (int i = 0; i < 40 + 6 * place.crimes(); i++) {
                    points.add(near(random, place, i % 3 == 0 ? place.metres() / 3.0 : place.metres()));
                }
                yield Pool.weighted(points, random, 0.8);
            }
            case PERSISTENT, EMERGING, DIMINISHING -> {
                for (int i = 0; i < HOTSPOT_POINTS; i++) {
                    points.add(near(random, place, place.metres()));
                }
                yield Pool.weighted(points, random, 0.5);
            }
        };
    }

    private Place town(Random random) {
        int total = towns.stream().mapToInt(Place::crimes).sum();
        int drawn = random.nextInt(total);
        for (Place town : towns) {
            drawn -= town.crimes();
            if (drawn < 0) {
                return town;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * A point around the place: spread as a normal distribution of {@code metres}, or, for a
     * hotspot, evenly within {@code metres} of its centre and named after its own streets.
     */
    private SnapPoint near(Random random, Place place, double metres) {
        boolean hotspot = place.kind().hotspot();
        for (int attempt = 0; attempt < 1000; attempt++) {
            double north;
            double east;
            if (hotspot) {
                double distance = metres * StrictMath.sqrt(random.nextDouble());
                double angle = 2 * StrictMath.PI * random.nextDouble();
                north = distance * StrictMath.sin(angle);
                east = distance * StrictMath.cos(angle);
            } else {
                north = metres * random.nextGaussian();
                east = metres * random.nextGaussian();
            }
            double latitude = place.latitude() + north / METRES_PER_DEGREE;
            double longitude = place.longitude() + east / (METRES_PER_DEGREE * EAST_WEST);
            // A town's own streets are those of its centre; its outskirts have ordinary names.
            boolean central = north * north + east * east < (double) place.metres() * place.metres();
            SnapPoint point = inside(latitude, longitude, hotspot ? pick(random, place.streets())
                    : street(random, central ? place.streets() : List.of()));
            if (point != null) {
                return point;
            }
        }
        throw new IllegalStateException(place.name() + " has no ground inside the force's area: is it at sea?");
    }

    private SnapPoint anywhere(Random random) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            SnapPoint point = inside(box.getMinY() + random.nextDouble() * box.getHeight(),
                    box.getMinX() + random.nextDouble() * box.getWidth(), street(random, List.of()));
            if (point != null) {
                return point;
            }
        }
        throw new IllegalStateException("The force's area is too thin to hold a point");
    }

    /** The point at six decimal places, as data.police.uk publishes it, if it is in the force's area. */
    private SnapPoint inside(double latitude, double longitude, String street) {
        double lat = StrictMath.rint(latitude * 1e6) / 1e6;
        double lon = StrictMath.rint(longitude * 1e6) / 1e6;
        if (!area.covers(GEOMETRY.createPoint(new Coordinate(lon, lat)))) {
            return null;
        }
        return lsoa(lat, lon, "On or near " + street);
    }

    /** The town centre's own streets for most of its points; ordinary streets and kinds of place elsewhere. */
    private static String street(Random random, List<String> own) {
        double drawn = random.nextDouble();
        if (!own.isEmpty() && drawn < 0.6) {
            return pick(random, own);
        }
        return drawn < 0.9 ? pick(random, STREETS) : pick(random, SITES);
    }

    private static String pick(Random random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    /**
     * The LSOA of a point: its nearest town's district, and a block of 500 m numbered in the order
     * the district's blocks were first met, with the 250 m quarter of the block as its letter
     * ("Thanet 014C"). Codes stay apart between districts: a thousand to each.
     */
    private SnapPoint lsoa(double latitude, double longitude, String location) {
        double north = latitude * METRES_PER_DEGREE;
        double east = longitude * METRES_PER_DEGREE * EAST_WEST;
        Place town = towns.getFirst();
        double best = Double.MAX_VALUE;
        for (Place candidate : towns) {
            double dn = north - candidate.latitude() * METRES_PER_DEGREE;
            double de = east - candidate.longitude() * METRES_PER_DEGREE * EAST_WEST;
            if (dn * dn + de * de < best) {
                best = dn * dn + de * de;
                town = candidate;
            }
        }
        long row = (long) StrictMath.floor(north / 500);
        long column = (long) StrictMath.floor(east / 500);
        int quarter = (int) (StrictMath.floor(north / 250) - 2 * row) * 2 + (int) (StrictMath.floor(east / 250) - 2 * column);
        Map<String, Integer> numbered = blocks.computeIfAbsent(town.district(), d -> new HashMap<>());
        int block = numbered.computeIfAbsent(row + ":" + column, b -> numbered.size() + 1);
        int serial = (block - 1) * 4 + quarter;
        if (serial >= 1000) {
            throw new IllegalStateException(town.district() + " has more LSOAs than its codes can tell apart");
        }
        return new SnapPoint(latitude, longitude, location,
                String.format(java.util.Locale.ROOT, "E01%06d", 1000 * (districts.get(town.district()) + 1) + serial),
                String.format(java.util.Locale.ROOT, "%s %03d%c", town.district(), block, (char) ('A' + quarter)));
    }

    /** A place's snap points, each drawn with its own weight. */
    record Pool(List<SnapPoint> points, double[] cumulative) {

        /** Weights spread as a log-normal of the given sigma: a few points draw much of the crime. */
        static Pool weighted(List<SnapPoint> points, Random random, double sigma) {
            double[] cumulative = new double[points.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += StrictMath.exp(sigma * random.nextGaussian());
                cumulative[i] = total;
            }
            return new Pool(List.copyOf(points), cumulative);
        }

        SnapPoint pick(Random random) {
            double drawn = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, drawn);
            return points.get(Math.min(i < 0 ? -i - 1 : i, points.size() - 1));
        }
    }
}

package org.crossforce.geography;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Every postcode of a directory such as the ONS Postcode Directory at its own point, with each
 * district's centroid worked out once, at load. The 2.7 million postcodes of the UK are packed
 * into longs, sorted for binary search, beside coordinates in whole millionths of a degree (a
 * tenth of a metre, as ONSPD writes them) in ints: some 45 MB, where a map of strings would take
 * ten times that.
 */
final class PostcodeDirectory {

    static final List<String> POSTCODE_COLUMNS = List.of("pcds", "pcd", "postcode");
    static final List<String> LATITUDE_COLUMNS = List.of("lat", "latitude");
    static final List<String> LONGITUDE_COLUMNS = List.of("long", "longitude", "lon", "lng");

    // Seven places of 37 symbols (none, 0-9, A-Z), the outward code padded to four: a district's
    // postcodes sort together, and 37^7 fits in 37 bits.
    private static final int SYMBOLS = 37;
    private static final long INWARD_CODES = SYMBOLS * SYMBOLS * SYMBOLS;
    // A row's number rides below its key through the sort: 37 + 26 bits keep the long positive.
    private static final int ROW_BITS = 26;
    private static final double MICRO = 1e6;

    private final long[] postcodes;
    private final int[] latitudes;
    private final int[] longitudes;
    private final long[] districts;
    private final int[] districtLatitudes;
    private final int[] districtLongitudes;
    private final int skipped;

    /** A point in degrees (WGS84). */
    record Point(double latitude, double longitude) {
    }

    private PostcodeDirectory(long[] postcodes, int[] latitudes, int[] longitudes, int skipped) {
        this.postcodes = postcodes;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.skipped = skipped;
        int count = 0;
        for (int i = 0; i < postcodes.length; i++) {
            if (i == 0 || district(postcodes[i]) != district(postcodes[i - 1])) {
                count++;
            }
        }
        districts = new long[count];
        districtLatitudes = new int[count];
        districtLongitudes = new int[count];
        for (int i = 0, d = 0; i < postcodes.length; d++) {
            districts[d] = district(postcodes[i]);
            // Summed in longs: ints would overflow in a district of some two dozen postcodes.
            long lat = 0;
            long lon = 0;
            int from = i;
            for (; i < postcodes.length && district(postcodes[i]) == districts[d]; i++) {
                lat += latitudes[i];
                lon += longitudes[i];
            }
            districtLatitudes[d] = (int) Math.round((double) lat / (i - from));
            districtLongitudes[d] = (int) Math.round((double) lon / (i - from));
        }
    }

    /** Reads a CSV whose header names a postcode column and latitude and longitude columns. */
    static PostcodeDirectory read(Path file) throws IOException {
        // Latin-1 reads any byte: postcodes and numbers are ASCII, whatever else a row holds.
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
                CSVParser csv = CSVFormat.DEFAULT.parse(in)) {
            Iterator<CSVRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                throw new IOException("it is empty");
            }
            CSVRecord header = rows.next();
            int postcode = column(header, POSTCODE_COLUMNS);
            int latitude = column(header, LATITUDE_COLUMNS);
            int longitude = column(header, LONGITUDE_COLUMNS);
            Builder directory = new Builder();
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                if (!directory.add(field(row, postcode), field(row, latitude), field(row, longitude))) {
                    directory.skipped++;
                }
            }
            return directory.build();
        }
    }

    Optional<Point> postcode(String outward, String inward) {
        int i = Arrays.binarySearch(postcodes, key(outward, inward));
        return i < 0 ? Optional.empty() : Optional.of(point(latitudes[i], longitudes[i]));
    }

    Optional<Point> district(String outward) {
        int i = Arrays.binarySearch(districts, outward(outward));
        return i < 0 ? Optional.empty() : Optional.of(point(districtLatitudes[i], districtLongitudes[i]));
    }

    int size() {
        return postcodes.length;
    }

    int districts() {
        return districts.length;
    }

    /**
     * Rows left out: without a full postcode or a place (ONSPD's 99.999999 for a postcode with no
     * grid reference), or a postcode already read.
     */
    int skipped() {
        return skipped;
    }

    private static Point point(int latitude, int longitude) {
        return new Point(latitude / MICRO, longitude / MICRO);
    }

    private static int column(CSVRecord header, List<String> names) throws IOException {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                // A byte order mark, read as Latin-1, comes before the first name.
                if (header.get(i).strip().toLowerCase(Locale.ROOT).replaceFirst("^[^a-z]+", "").equals(name)) {
                    return i;
                }
            }
        }
        throw new IOException("its header row has no column " + String.join(", ", names));
    }

    private static String field(CSVRecord row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    private static long district(long postcode) {
        return postcode / INWARD_CODES;
    }

    private static long outward(String outward) {
        long code = 0;
        for (int i = 0; i < 4; i++) {
            code = code * SYMBOLS + (i < outward.length() ? symbol(outward.charAt(i)) : 0);
        }
        return code;
    }

    private static long key(String outward, String inward) {
        long code = outward(outward);
        for (int i = 0; i < 3; i++) {
            code = code * SYMBOLS + symbol(inward.charAt(i));
        }
        return code;
    }

    private static int symbol(char c) {
        return c <= '9' ? c - '0' + 1 : c - 'A' + 11;
    }

    private static final class Builder {

        private long[] keys = new long[1 << 16];
        private int[] latitudes = new int[keys.length];
        private int[] longitudes = new int[keys.length];
        private int size;
        private int skipped;

        /** False for a row without a full postcode or a place on the globe. */
        boolean add(String postcode, String latitude, String longitude) {
            Optional<String> normalised = Gazetteer.normalise(postcode).filter(p -> p.indexOf(' ') > 0);
            double lat = number(latitude);
            double lon = number(longitude);
            if (normalised.isEmpty() || !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
                return false;
            }
            if (size == keys.length) {
                if (size == 1 << ROW_BITS) {
                    throw new IllegalStateException("A postcode directory holds at most " + (1 << ROW_BITS) + " rows");
                }
                keys = Arrays.copyOf(keys, size * 2);
                latitudes = Arrays.copyOf(latitudes, size * 2);
                longitudes = Arrays.copyOf(longitudes, size * 2);
            }
            String p = normalised.get();
            int space = p.indexOf(' ');
            keys[size] = key(p.substring(0, space), p.substring(space + 1));
            latitudes[size] = (int) Math.round(lat * MICRO);
            longitudes[size] = (int) Math.round(lon * MICRO);
            size++;
            return true;
        }

        PostcodeDirectory build() {
            long[] order = Arrays.copyOf(keys, size);
            keys = null;
            for (int i = 0; i < size; i++) {
                order[i] = order[i] << ROW_BITS | i;
            }
            Arrays.parallelSort(order);
            long[] postcodes = new long[size];
            int[] lats = new int[size];
            int[] lons = new int[size];
            int n = 0;
            for (long entry : order) {
                long key = entry >>> ROW_BITS;
                // A postcode twice: the first row stands.
                if (n > 0 && postcodes[n - 1] == key) {
                    skipped++;
                    continue;
                }
                int row = (int) (entry & ((1 << ROW_BITS) - 1));
                postcodes[n] = key;
                lats[n] = latitudes[row];
                lons[n++] = longitudes[row];
            }
            return new PostcodeDirectory(Arrays.copyOf(postcodes, n), Arrays.copyOf(lats, n), Arrays.copyOf(lons, n),
                    skipped);
        }

        private static double number(String text) {
            try {
                return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}

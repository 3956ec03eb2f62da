package org.crossforce.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A postcode area ({@code M}, {@code EC}) placed at its main post town ({@code postcode-areas.csv}). */
record PostcodeArea(String code, String town, double latitude, double longitude) {

    static final String RESOURCE = "postcode-areas.csv";

    /** Every area by its code. */
    static Map<String, PostcodeArea> all() {
        Map<String, PostcodeArea> areas = new TreeMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = PostcodeArea.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The postcode areas " + RESOURCE + " are missing from the classpath");
            }
            try (CSVParser rows = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CSVRecord row : rows) {
                    areas.put(row.get("area"), new PostcodeArea(row.get("area"), row.get("post_town"),
                            Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The postcode areas could not be read", e);
        }
        return areas;
    }
}

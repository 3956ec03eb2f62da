package org.crossforce.geography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where a UK postcode is, for placing what a member of the public reports on the map. Every
 * postcode area is known from its main post town; with a full postcode directory
 * ({@code crossforce.geography.postcodes}) each postcode is known at its own point and each
 * district at the centroid of its postcodes. The answer is the most precise place known, and says
 * how precise it is.
 */
@Component
public class Gazetteer {

    private static final Logger log = LoggerFactory.getLogger(Gazetteer.class);

    private static final String OUTWARD = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    private static final String INWARD = "[0-9][A-Z]{2}";
    private static final Pattern AREA_CODE = Pattern.compile("[A-Z]{1,2}");
    private static final Pattern OUTWARD_CODE = Pattern.compile(OUTWARD);
    private static final Pattern INWARD_CODE = Pattern.compile(INWARD);
    private static final Pattern FULL = Pattern.compile("(" + OUTWARD + ")(" + INWARD + ")");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");

    private final Map<String, PostcodeArea> areas = PostcodeArea.all();
    private final PostcodeDirectory directory;

    public Gazetteer(GeographyProperties settings) {
        this.directory = settings.postcodes() == null ? null : load(settings.postcodes());
    }

    /** A place found for what someone typed, and how precisely it is known. */
    public enum Precision {
        /** The postcode's own point. */
        POSTCODE,
        /** The centroid of the postcode district's postcodes. */
        DISTRICT,
        /** The postcode area's main post town: tens of kilometres out. */
        AREA
    }

    /**
     * @param query     what was asked, as written
     * @param postcode  what was asked, normalised: {@code M1 1AE}, {@code M1} or {@code M}
     * @param label     what the point stands for, in words for a member of the public: {@code M1 1AE},
     *                  {@code the M1 postcode district}, {@code the Manchester postcode area (M)}
     * @param precision how precisely the point is known; coarser than the query when that postcode
     *                  is not in the directory
     */
    public record Place(String query, String postcode, String label, double latitude, double longitude,
            Precision precision) {

        /** Whether the point stands for somewhere larger than the postcode asked for. */
        public boolean approximate() {
            return precision != Precision.POSTCODE;
        }
    }

    /**
     * The most precise place known for a full postcode ({@code m1 1ae}, {@code SW1A2AA}), an outward
     * code ({@code CT9}) or an area ({@code M}); empty for anything else, or an area the UK has not.
     */
    public Optional<Place> find(String text) {
        return normalise(text).flatMap(postcode -> place(text, postcode));
    }

    /**
     * A postcode, an outward code or an area in capitals with one space before the inward code:
     * {@code m1  1ae} is {@code M1 1AE}, {@code sw1a2aa} is {@code SW1A 2AA}, {@code ct9} is
     * {@code CT9}. Only the shape is checked. A space, when written, must part outward from inward.
     */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = SPACES.split(text.strip().toUpperCase(Locale.ROOT));
        if (parts.length == 2) {
            return OUTWARD_CODE.matcher(parts[0]).matches() && INWARD_CODE.matcher(parts[1]).matches()
                    ? Optional.of(parts[0] + " " + parts[1])
                    : Optional.empty();
        }
        if (parts.length != 1) {
            return Optional.empty();
        }
        String code = parts[0];
        Matcher full = FULL.matcher(code);
        if (full.matches()) {
            return Optional.of(full.group(1) + " " + full.group(2));
        }
        return AREA_CODE.matcher(code).matches() || OUTWARD_CODE.matcher(code).matches() ? Optional.of(code)
                : Optional.empty();
    }

    private Optional<Place> place(String query, String postcode) {
        int space = postcode.indexOf(' ');
        String outward = space < 0 ? postcode : postcode.substring(0, space);
        if (directory != null && space > 0) {
            Optional<Place> exact = directory.postcode(outward, postcode.substring(space + 1))
                    .map(p -> new Place(query, postcode, postcode, p.latitude(), p.longitude(), Precision.POSTCODE));
            if (exact.isPresent()) {
                return exact;
            }
        }
        if (directory != null && !AREA_CODE.matcher(outward).matches()) {
            Optional<Place> district = directory.district(outward).map(p -> new Place(query, postcode,
                    "the " + outward + " postcode district", p.latitude(), p.longitude(), Precision.DISTRICT));
            if (district.isPresent()) {
                return district;
            }
        }
        PostcodeArea area = areas.get(outward.replaceFirst("[0-9].*", ""));
        return Optional.ofNullable(area).map(a -> new Place(query, postcode,
                "the " + a.town() + " postcode area (" + a.code() + ")", a.latitude(), a.longitude(), Precision.AREA));
    }

    private static PostcodeDirectory load(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalStateException("crossforce.geography.postcodes names " + file.toAbsolutePath()
                    + ", which is not a readable file: name a postcode directory CSV, or leave the setting empty");
        }
        long start = System.nanoTime();
        try {
            PostcodeDirectory directory = PostcodeDirectory.read(file);
            log.info("Postcode directory {}: {} postcodes in {} districts, {} rows left out, read in {} s", file,
                    directory.size(), directory.districts(), directory.skipped(),
                    (System.nanoTime() - start) / 1_000_000_000);
            return directory;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("crossforce.geography.postcodes names " + file.toAbsolutePath()
                    + ", which could not be read as a postcode directory: " + e.getMessage(), e);
        }
    }
}

package org.crossforce.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.shared.ForceCode;
import org.springframework.stereotype.Component;

/**
 * Street-level crime for forces whose real data the demo does not ship, generated as
 * data.police.uk files so that it goes through the same mapping as real downloads. Its places
 * ({@code demo/crime/places.csv}) make the hotspots a supervisor should find: persistent ones,
 * emerging ones that rise month on month, one that fades, and streets of burglaries. Seeded:
 * every start writes the same bytes, so loading the demo twice finds the files already there.
 */
@Component
class DemoCrime {

    static final YearMonth FIRST = YearMonth.of(2018, 12);
    static final YearMonth LAST = YearMonth.of(2020, 11);
    private static final long SEED = 20_201_130L;
    /** Share of crimes (not anti-social behaviour) published without a location, as in real months. */
    private static final double NO_LOCATION = 0.014;
    private static final Comparator<CrimeRow> BY_LSOA = Comparator.comparing(
            (CrimeRow row) -> row.located() ? row.point().lsoaCode() : "\uffff");

    private final ForceBoundaries boundaries;
    private final Forces forces;
    private final Map<ForceCode, List<Place>> places = Place.read();
    private final Map<String, Integer> districts = new LinkedHashMap<>();

    DemoCrime(ForceBoundaries boundaries, Forces forces) {
        this.boundaries = boundaries;
        this.forces = forces;
        places.values().stream().flatMap(List::stream).filter(p -> p.kind() == Place.Kind.TOWN)
                .forEach(p -> districts.putIfAbsent(p.district(), districts.size()));
    }

    /** The forces whose crime is generated. */
    Set<ForceCode> forces() {
        return places.keySet();
    }

    /** The force's places: its background, towns and hotspots. */
    List<Place> places(ForceCode force) {
        return places.getOrDefault(force, List.of());
    }

    /** Every month from {@link #FIRST} to {@link #LAST}, oldest first, each month's rows as its file orders them. */
    Map<YearMonth, List<CrimeRow>> generate(ForceCode force) {
        List<Place> territory = places(force);
        if (territory.isEmpty()) {
            throw new IllegalArgumentException("The demo generates no crime for " + force);
        }
        Map<Place, SnapPoints.Pool> pools = SnapPoints.of(boundaries.of(force).orElseThrow(), territory, districts,
                random(force, 0));
        String name = forces.nameOf(force);
        Map<YearMonth, List<CrimeRow>> months = new LinkedHashMap<>();
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            months.put(month, month(name, month, pools, random(force, month.getYear() * 12 + month.getMonthValue())));
        }
        return months;
    }

    /** Writes one file a month ({@code 2019-03-kent-street.csv}) into the directory; answers them, oldest first. */
    List<Path> write(ForceCode force, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<YearMonth, List<CrimeRow>> month : generate(force).entrySet()) {
            StringBuilder text = new StringBuilder(month.getValue().size() * 160).append(CrimeRow.HEADER).append('\n');
            month.getValue().forEach(row -> text.append(row.csv()).append('\n'));
            Path file = directory.resolve(month.getKey() + "-" + force.value() + "-street.csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private static List<CrimeRow> month(String force, YearMonth month, Map<Place, SnapPoints.Pool> pools,
            Random random) {
        int monthsOld = (int) month.until(LAST, java.time.temporal.ChronoUnit.MONTHS);
        List<CrimeRow> rows = new ArrayList<>();
        for (Map.Entry<Place, SnapPoints.Pool> entry : pools.entrySet()) {
            Place place = entry.getKey();
            double expected = place.expected(month) * (place.followsSeasons() ? season(month) : 1);
            for (CrimeCategory category : CrimeCategory.values()) {
                double mean = expected * place.mix().share(category)
                        * (place.followsSeasons() ? lockdown(category, month) : 1);
                for (int n = poisson(random, mean); n > 0; n--) {
                    rows.add(crime(random, force, month, entry.getValue(), category, monthsOld));
                }
            }
        }
        // As data.police.uk orders a file: by LSOA, crimes with no location last.
        rows.sort(BY_LSOA);
        return rows;
    }

    private static CrimeRow crime(Random random, String force, YearMonth month, SnapPoints.Pool pool,
            CrimeCategory category, int monthsOld) {
        boolean incident = category == CrimeCategory.ANTI_SOCIAL_BEHAVIOUR;
        String id = incident ? "" : HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of()
                .toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong())
                + HexFormat.of().toHexDigits(random.nextLong());
        SnapPoint point = !incident && random.nextDouble() < NO_LOCATION ? null : pool.pick(random);
        return new CrimeRow(id, month, force, point, category, category.outcome(random, monthsOld));
    }

    /** Summer is busier than winter: 12 % above the year's average in July, 12 % below in January. */
    static double season(YearMonth month) {
        return 1 + 0.12 * StrictMath.cos(2 * StrictMath.PI * (month.getMonthValue() - 7) / 12);
    }

    /** The first lockdown from April 2020, easing through May and June, and the second in November. */
    static double lockdown(CrimeCategory category, YearMonth month) {
        double strength = switch (month.toString()) {
            case "2020-04" -> 1;
            case "2020-05" -> 0.6;
            case "2020-06" -> 0.25;
            case "2020-11" -> 0.5;
            default -> 0;
        };
        return 1 + (category.lockdown - 1) * strength;
    }

    /** Knuth's method for small means; above them the normal approximation is close and quicker. */
    private static int poisson(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, StrictMath.rint(mean + StrictMath.sqrt(mean) * random.nextGaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** A generator of its own for each force and month, so that one file does not depend on another. */
    private static Random random(ForceCode force, int stream) {
        return new Random(mix(SEED ^ mix(force.value().hashCode()) ^ mix(stream + 1L)));
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated generators. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

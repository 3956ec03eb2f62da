package org.crossforce.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.shared.ForceCode;

/**
 * data.police.uk street-level crime as the forces publish it, made up for the hotspot benchmark:
 * one CSV per force and month with the real header, crimes drawn to the map points of
 * {@link CrimePlaces}, the 14 categories in their national shares, about 1 % of rows without a
 * place, and anti-social behaviour without a Crime ID. The same plan and seed write the same bytes.
 */
final class StreetCrimes {

    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
            + "LSOA name,Crime type,Last outcome category,Context";

    static final String ASB = "Anti-social behaviour";

    /** The 14 categories with their rough share of England and Wales's published rows, ASB included. */
    static final Map<String, Double> TYPES = orderedMap(
            "Violence and sexual offences", 0.34, ASB, 0.16, "Shoplifting", 0.08, "Public order", 0.08,
            "Criminal damage and arson", 0.08, "Other theft", 0.07, "Vehicle crime", 0.06, "Burglary", 0.04,
            "Drugs", 0.03, "Other crime", 0.02, "Theft from the person", 0.015, "Robbery", 0.012,
            "Bicycle theft", 0.012, "Possession of weapons", 0.011);

    /** Without a place: published as "No location", with neither coordinates nor LSOA. */
    static final double UNLOCATED = 0.01;

    private static final Map<String, Double> OUTCOMES = orderedMap(
            "Investigation complete; no suspect identified", 0.38, "Unable to prosecute suspect", 0.30,
            "Under investigation", 0.08, "Status update unavailable", 0.05, "Local resolution", 0.04,
            "Court result unavailable", 0.04, "Awaiting court outcome", 0.03, "Offender given a caution", 0.02,
            "Further investigation is not in the public interest", 0.02,
            "Action to be taken by another organisation", 0.02, "Formal action is not in the public interest", 0.01,
            "Further action is not in the public interest", 0.01);

    /** Rows a month, roughly as published: so the forces keep their proportions. */
    private static final Map<String, Integer> MONTHLY = Map.of("metropolitan", 95_000, "west-midlands", 32_000,
            "kent", 19_000, "essex", 17_000, "thames-valley", 16_000);

    /**
     * @param last    the latest month written
     * @param months  how many months up to it
     * @param records rows over all files together
     */
    record Plan(List<ForceCode> forces, YearMonth last, int months, long records, long seed) {

        Plan {
            forces = List.copyOf(forces);
            if (forces.isEmpty() || months < 1 || records < 1) {
                throw new IllegalArgumentException("A plan needs a force, a month and a record");
            }
        }

        YearMonth first() {
            return last.minusMonths(months - 1L);
        }
    }

    record StreetFile(ForceCode force, YearMonth month, Path path, int rows) {
    }

    private final ForceBoundaries boundaries;
    private final Forces register;

    StreetCrimes(ForceBoundaries boundaries, Forces register) {
        this.boundaries = boundaries;
        this.register = register;
    }

    /** Writes one file per force and month into the directory, named as data.police.uk names them. */
    List<StreetFile> write(Plan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        long[][] rows = rows(plan);
        List<StreetFile> files = new ArrayList<>();
        for (int f = 0; f < plan.forces().size(); f++) {
            ForceCode force = plan.forces().get(f);
            var area = boundaries.of(force).orElseThrow(() -> new IllegalArgumentException(
                    "Crossforce holds no boundary for " + force + ", so its crimes cannot be placed"));
            CrimePlaces places = CrimePlaces.of(area, f, new Random(mix(plan.seed(), force.value(), "places")));
            for (int m = 0; m < plan.months(); m++) {
                YearMonth month = plan.first().plusMonths(m);
                Path file = dir.resolve(month + "-" + force.value() + "-street.csv");
                double progress = plan.months() == 1 ? 1 : m / (plan.months() - 1.0);
                writeMonth(file, force, month, places, progress, (int) rows[f][m],
                        new Random(mix(plan.seed(), force.value(), month.toString())));
                files.add(new StreetFile(force, month, file, (int) rows[f][m]));
            }
        }
        return files;
    }

    private void writeMonth(Path file, ForceCode force, YearMonth month, CrimePlaces places, double progress, int rows,
            Random random) throws IOException {
        String name = csv(register.nameOf(force));
        double[] where = places.cumulative(progress);
        List<CrimePlaces.MapPoint> points = places.points();
        double[] types = cumulative(TYPES.values());
        double[] shopTypes = cumulative(TYPES.entrySet().stream()
                .map(e -> e.getKey().equals("Shoplifting") ? e.getValue() * 6 : e.getValue()).toList());
        double[] outcomes = cumulative(OUTCOMES.values());
        List<String> typeNames = List.copyOf(TYPES.keySet());
        List<String> outcomeNames = List.copyOf(OUTCOMES.keySet());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder row = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                row.setLength(0);
                CrimePlaces.MapPoint point = random.nextDouble() < UNLOCATED ? null : points.get(pick(where, random));
                String type = typeNames.get(pick(point != null && point.shopping() ? shopTypes : types, random));
                boolean asb = type.equals(ASB);
                row.append(asb ? "" : crimeId(random)).append(',').append(month).append(',').append(name).append(',')
                        .append(name).append(',');
                if (point == null) {
                    row.append(",,No location,,,");
                } else {
                    row.append(String.format(java.util.Locale.ROOT, "%.6f,%.6f,", point.longitude(), point.latitude()))
                            .append(csv(point.location())).append(',').append(point.lsoaCode()).append(',')
                            .append(csv(point.lsoaName())).append(',');
                }
                row.append(csv(type)).append(',').append(asb ? "" : csv(outcomeNames.get(pick(outcomes, random))))
                        .append(",\n");
                out.append(row);
            }
        }
    }

    /**
     * Rows per force and month, summing to the plan's records exactly: each force in its published
     * proportion, a little more in summer than in winter.
     */
    static long[][] rows(Plan plan) {
        int forces = plan.forces().size();
        double[][] share = new double[forces][plan.months()];
        double total = 0;
        for (int f = 0; f < forces; f++) {
            int monthly = MONTHLY.getOrDefault(plan.forces().get(f).value(), 15_000);
            for (int m = 0; m < plan.months(); m++) {
                int calendar = plan.first().plusMonths(m).getMonthValue();
                share[f][m] = monthly * (1 + 0.08 * Math.cos(2 * Math.PI * (calendar - 7) / 12));
                total += share[f][m];
            }
        }
        long[][] rows = new long[forces][plan.months()];
        long given = 0;
        for (int f = 0; f < forces; f++) {
            for (int m = 0; m < plan.months(); m++) {
                rows[f][m] = (long) Math.floor(plan.records() * share[f][m] / total);
                given += rows[f][m];
            }
        }
        // What rounding left over goes to the busiest force's latest months, one each.
        for (int m = plan.months() - 1; given < plan.records(); m = m == 0 ? plan.months() - 1 : m - 1) {
            rows[busiest(plan)][m]++;
            given++;
        }
        return rows;
    }

    private static int busiest(Plan plan) {
        int best = 0;
        for (int f = 1; f < plan.forces().size(); f++) {
            if (MONTHLY.getOrDefault(plan.forces().get(f).value(), 15_000)
                    > MONTHLY.getOrDefault(plan.forces().get(best).value(), 15_000)) {
                best = f;
            }
        }
        return best;
    }

    /** A Crime ID as published: 64 hexadecimal digits. */
    private static String crimeId(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int pick(double[] cumulative, Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
    }

    private static double[] cumulative(java.util.Collection<Double> weights) {
        double[] sums = new double[weights.size()];
        double running = 0;
        int i = 0;
        for (double w : weights) {
            running += w;
            sums[i++] = running;
        }
        return sums;
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A seed of its own for each force and month, so that each file is the same whatever else is written. */
    private static long mix(long seed, String force, String part) {
        long h = seed * 0x9E3779B97F4A7C15L;
        h ^= force.hashCode() * 0xC2B2AE3D27D4EB4FL;
        h ^= part.hashCode() * 0x165667B19E3779F9L;
        return h ^ (h >>> 31);
    }

    private static Map<String, Double> orderedMap(Object... pairs) {
        Map<String, Double> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

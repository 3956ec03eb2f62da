package org.crossforce.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Source keys for the rows of one file, made as the mapping's {@code key} says. Keys are derived
 * from the rows, never from their position, so that the same file read twice, or a later
 * re-delivery of the same month, gives the same row the same key:
 * <ul>
 * <li>the key fields' values (joined by {@code |}), such as a Crime ID;</li>
 * <li>or, for rows without them, {@code content:} and a hash of the row's values, leaving out
 *     columns a re-delivery changes (data.police.uk's outcome);</li>
 * <li>with {@code occurrence: true}, {@code #n} for the n-th row of the file with that value,
 *     counted over every row, good or bad, so that fixing one row does not renumber the others.</li>
 * </ul>
 * One instance per file read: it counts.
 */
final class RecordKeys {

    private final List<String> fields;
    private final boolean occurrence;
    private final boolean contentWhenMissing;
    private final Set<String> ignored = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, Long> firstLine = new HashMap<>();

    RecordKeys(MappingSpec.Key spec) {
        this.fields = spec.fields() == null ? List.of() : spec.fields();
        this.occurrence = Boolean.TRUE.equals(spec.occurrence());
        this.contentWhenMissing = fields.isEmpty() || "content".equalsIgnoreCase(spec.whenMissing());
        if (spec.contentIgnores() != null) {
            ignored.addAll(spec.contentIgnores());
        }
    }

    String keyFor(SourceRow row) throws RowProblem {
        String base = base(row);
        if (occurrence) {
            return base + "#" + seen.merge(base, 1, Integer::sum);
        }
        Long first = firstLine.putIfAbsent(base, row.line());
        if (first != null) {
            throw new RowProblem(String.join(" and ", fields) + " '" + base + "' was already used on line " + first
                    + "; a key must be unique within the file.");
        }
        return base;
    }

    private String base(SourceRow row) throws RowProblem {
        List<String> values = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            String value = row.text(field);
            if (value == null) {
                missing.add(field);
            } else {
                values.add(value);
            }
        }
        if (!fields.isEmpty() && missing.isEmpty()) {
            return String.join("|", values);
        }
        if (contentWhenMissing) {
            return "content:" + contentHash(row);
        }
        throw new RowProblem(String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
                + " empty; every row needs " + (missing.size() == 1 ? "it" : "them")
                + ", as that is what tells one record from another.");
    }

    /**
     * SHA-256 over the row's names and stripped values in name order (so a re-delivery that moves
     * a column still matches), cut to 128 bits: ample for rows within one file.
     */
    private String contentHash(SourceRow row) {
        Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.values().forEach((name, value) -> {
            if (!ignored.contains(name)) {
                sorted.put(name, value.strip());
            }
        });
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sorted.forEach((name, value) -> {
                sha.update(name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(value.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.crossforce.identity.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forenames that name the same person: Bill and William, Jon and Jonathan, Mo and Mohammed. Read
 * from {@code nicknames.csv}, one formal name a line with its familiar and variant forms. A form
 * may belong to several names (Alex: Alexander, Alexandra), so two forms are equivalent when they
 * share any line.
 */
public final class Nicknames {

    private static final String RESOURCE = "/org/crossforce/identity/nicknames.csv";
    private static final Nicknames SHIPPED = load();

    private final Map<String, Set<Integer>> groups;
    private final Map<Integer, String> canonical;

    Nicknames(List<List<String>> lines) {
        Map<String, Set<Integer>> byName = new HashMap<>();
        Map<Integer, String> first = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            first.put(i, lines.get(i).getFirst());
            for (String name : lines.get(i)) {
                byName.computeIfAbsent(name, n -> new HashSet<>()).add(i);
            }
        }
        byName.replaceAll((name, set) -> Set.copyOf(set));
        this.groups = Map.copyOf(byName);
        this.canonical = Map.copyOf(first);
    }

    /** The table shipped with Crossforce. */
    public static Nicknames shipped() {
        return SHIPPED;
    }

    /** Whether two normalised forenames (lower case, unaccented) are forms of one name. */
    public boolean equivalent(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<Integer> x = groups.get(a);
        Set<Integer> y = groups.get(b);
        if (x == null || y == null) {
            return false;
        }
        for (Integer group : x) {
            if (y.contains(group)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The formal names this forename is a form of, the name itself when it is in no line: Jon gives
     * jonathan and john. Blocking keys use these so that Jon and Jonathan meet.
     */
    public Set<String> formal(String name) {
        Set<Integer> ids = groups.get(name);
        if (ids == null) {
            return Set.of(name);
        }
        Set<String> out = new HashSet<>();
        ids.forEach(id -> out.add(canonical.get(id)));
        return out;
    }

    private static Nicknames load() {
        try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The forename table " + RESOURCE + " is missing from the build");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Nicknames read(BufferedReader reader) throws IOException {
        List<List<String>> lines = new java.util.ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> names = java.util.Arrays.stream(text.split(","))
                    .map(n -> NameText.word(n)).filter(n -> !n.isEmpty()).distinct().toList();
            if (names.size() > 1) {
                lines.add(names);
            }
        }
        return new Nicknames(lines);
    }
}

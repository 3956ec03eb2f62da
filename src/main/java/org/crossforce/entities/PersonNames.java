package org.crossforce.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One spelling for a name, so that the same name written by two systems groups together for
 * display and search: {@code "SMYTH, Jon"}, {@code "Mr Jon  Smyth"} and {@code "jon smyth"} are all
 * {@code "jon smyth"}. Grouping by name never makes two records' people one person.
 */
public final class PersonNames {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
            "rev", "pc", "dc", "ds", "di", "dci", "dsi", "sgt", "insp", "ch", "supt", "pcso", "det", "constable",
            "sergeant", "inspector");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'\\-]+");

    private PersonNames() {
    }

    /** The name in lower case, accents folded, "Surname, Forename" turned round, titles dropped; "" when nothing is left. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("")
                .replace('’', '\'').toLowerCase(Locale.ROOT);
        int comma = folded.indexOf(',');
        if (comma > 0 && folded.indexOf(',', comma + 1) < 0) {
            folded = folded.substring(comma + 1) + " " + folded.substring(0, comma);
        }
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(folded)) {
            String bare = word.replaceAll("^['\\-]+|['\\-]+$", "");
            if (!bare.isEmpty() && !(words.isEmpty() && TITLES.contains(bare))) {
                words.add(bare);
            }
        }
        return String.join(" ", words);
    }

    /**
     * The name a record's person is written with: the whole name when the system gives one, else
     * forename and surname. Person nodes are numbered by it, so everything that numbers them uses it.
     */
    public static String written(String name, String forename, String surname) {
        return name != null && !name.isBlank() ? name
                : ((forename == null ? "" : forename) + " " + (surname == null ? "" : surname)).strip();
    }

    /** A normalised name as a heading: {@code "jon o'neill-smyth"} becomes {@code "Jon O'Neill-Smyth"}. */
    public static String display(String normalised) {
        StringBuilder out = new StringBuilder(normalised.length());
        boolean start = true;
        for (char c : normalised.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }
}

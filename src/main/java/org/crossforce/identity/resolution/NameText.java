package org.crossforce.identity.resolution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Names reduced to what identity resolution compares: lower case, unaccented, letters only. */
final class NameText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
            "rev", "master");

    private NameText() {
    }

    /** One word: "O'Neill" gives "oneill", "Zoë" gives "zoe". */
    static String word(String raw) {
        String folded = MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The words of a name, split at spaces, hyphens, dots and commas; titles at the start dropped.
     * "Smith-Jones" gives [smith, jones]; "J. P." gives [j, p].
     */
    static List<String> words(String raw) {
        List<String> words = new ArrayList<>();
        if (raw == null) {
            return words;
        }
        for (String part : raw.split("[\\s\\-.,/]+")) {
            String w = word(part);
            if (!w.isEmpty() && !(words.isEmpty() && TITLES.contains(w))) {
                words.add(w);
            }
        }
        return words;
    }
}

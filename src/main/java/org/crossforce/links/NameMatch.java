package org.crossforce.links;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.crossforce.entities.PersonNames;

/**
 * Whether a name held in a record answers a name an analyst typed, as a name search should: every
 * word typed matches a word of the name, spelt the same, one or two letters off, sounding the
 * same, or as an initial ("J Smyth"). Elasticsearch finds the records; this keeps, of all the
 * names in them, those the analyst meant.
 */
final class NameMatch {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private NameMatch() {
    }

    static boolean matches(String typed, String held) {
        List<String> words = words(typed);
        List<String> name = words(held);
        if (words.isEmpty() || name.isEmpty()) {
            return false;
        }
        return words.stream().allMatch(w -> name.stream().anyMatch(n -> similar(w, n)));
    }

    static boolean similar(String typed, String held) {
        if (typed.equals(held)) {
            return true;
        }
        if (typed.length() == 1) {
            return held.charAt(0) == typed.charAt(0);
        }
        int allowed = typed.length() <= 2 ? 0 : typed.length() <= 5 ? 1 : 2;
        if (distance(typed, held) <= allowed) {
            return true;
        }
        return typed.length() > 2 && METAPHONE.isDoubleMetaphoneEqual(typed, held);
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn one word into the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static List<String> words(String name) {
        String normalised = PersonNames.normalise(name);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }
}

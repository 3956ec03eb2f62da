package org.crossforce.search;

import java.util.regex.Pattern;

/**
 * The query syntax analysts use — words, "phrases", AND/OR/NOT, -word, name~, wild* — and nothing
 * more. Elasticsearch's full syntax would read {@code Crime ID: 123} as a search of a field
 * called "ID" and {@code /.../} as a regular expression; those characters are escaped so they are
 * searched as the text they are.
 */
final class UserQuery {

    private static final Pattern SPECIAL = Pattern.compile("([:/\\[\\]{}^\\\\=<>!&|])");

    private UserQuery() {
    }

    static String escape(String query) {
        StringBuilder out = new StringBuilder(query.length() + 8);
        boolean inPhrase = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"') {
                inPhrase = !inPhrase;
                out.append(c);
            } else if (SPECIAL.matcher(String.valueOf(c)).matches()) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package org.crossforce.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a highlight to the promise that only {@code <em>} and {@code </em>} are markup.
 * Elasticsearch's html encoder already escapes the text; this guards the promise whatever
 * a cluster is configured to do.
 */
public final class Highlights {

    private static final Pattern TAG = Pattern.compile("</?em>");

    private Highlights() {
    }

    public static String safe(String highlight) {
        StringBuilder out = new StringBuilder(highlight.length() + 16);
        Matcher tags = TAG.matcher(highlight);
        int last = 0;
        while (tags.find()) {
            out.append(escape(highlight.substring(last, tags.start()))).append(tags.group());
            last = tags.end();
        }
        return out.append(escape(highlight.substring(last))).toString();
    }

    private static String escape(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }
}

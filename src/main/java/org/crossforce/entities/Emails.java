package org.crossforce.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email addresses in the usual dot-atom form. Free text is searched from each {@code @} outwards
 * rather than by a regular expression over the whole text, which keeps ingestion fast and stops
 * a sentence's full stop or a closing bracket joining the address.
 */
final class Emails {

    static final String EXTRACTOR = "email";

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_%+-]+(?:\\.[A-Za-z0-9_%+-]+)*");
    private static final Pattern DOMAIN =
            Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private Emails() {
    }

    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        int at = s.indexOf('@');
        if (at <= 0 || at != s.lastIndexOf('@') || !valid(s.substring(0, at), s.substring(at + 1))) {
            return Optional.empty();
        }
        return Optional.of(s.toLowerCase(Locale.ROOT));
    }

    private static boolean valid(String local, String domain) {
        return local.length() <= MAX_LOCAL && domain.length() <= MAX_DOMAIN && LOCAL.matcher(local).matches()
                && DOMAIN.matcher(domain).matches();
    }

    static void find(String text, List<Mention> out) {
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && isLocal(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < text.length() && isDomain(text.charAt(end))) {
                end++;
            }
            // A sentence's full stop, or a dash after the address, is not part of it.
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            boolean glued = end < text.length() && text.charAt(end) == '@';
            if (start < at && end > at + 1 && !glued && valid(text.substring(start, at), text.substring(at + 1, end))) {
                String raw = text.substring(start, end);
                out.add(new Mention(EntityType.EMAIL, start, end, raw, raw.toLowerCase(Locale.ROOT), EXTRACTOR));
            }
            at = text.indexOf('@', at + 1);
        }
    }

    private static boolean isLocal(char c) {
        return c < 128 && (Chars.isWord(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
    }

    private static boolean isDomain(char c) {
        return c < 128 && (Chars.isWord(c) || c == '.' || c == '-');
    }
}

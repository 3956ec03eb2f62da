package org.crossforce.entities;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National Insurance numbers: two prefix letters HMRC allocates, six digits (often written in
 * pairs) and a suffix A to D. The prefix QQ is never allocated but is HMRC's specimen, printed on
 * forms and used in training material and Crossforce's test data, so it is accepted to let those
 * documents link like real ones.
 */
final class NiNumbers {

    static final String EXTRACTOR = "nino";

    private static final String PREFIX = "(?!BG|GB|KN|NK|NT|TN|ZZ)(?:" + Chars.charClass("A-CEGHJ-PR-TW-Z", false)
            + Chars.charClass("A-CEGHJ-NPR-TW-Z", false) + "|QQ)";
    private static final Pattern FULL = Pattern.compile(PREFIX + "\\d{6}[A-D]");
    /** Capitals only in free text: "as 12 34 56 a" is more likely a typo than a number. */
    static final Pattern FREE = Pattern.compile(
            Chars.BEFORE + PREFIX + " ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]" + Chars.AFTER);

    private NiNumbers() {
    }

    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = Chars.upper(Chars.compact(raw));
        return FULL.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    static void find(Matcher m, String text, int from, int to, List<Mention> out) {
        for (int i = from; i < to; i++) {
            if (!Chars.isCapital(text.charAt(i)) || !Chars.isCapital(Chars.at(text, i + 1))
                    || !(Chars.isDigit(Chars.at(text, i + 2)) || Chars.isDigit(Chars.at(text, i + 3)))
                    || Chars.wordBefore(text, i) || !Chars.matchesAt(m, i, to)) {
                continue;
            }
            String raw = m.group();
            out.add(new Mention(EntityType.NI_NUMBER, i, m.end(), raw, raw.replace(" ", ""), EXTRACTOR));
            i = m.end() - 1;
        }
    }
}

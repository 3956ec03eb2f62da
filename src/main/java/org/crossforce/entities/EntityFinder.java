package org.crossforce.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every identifier, address, date, weapon, drug and person mention in a text. Thread-safe and reusable: one
 * instance serves all of ingestion.
 *
 * <p>It runs on every document ingested, so it reads ordinary prose without running a regular
 * expression over it: every identifier but an email address holds a digit, so the identifier
 * patterns run only in small windows around the digits, email addresses are found from their
 * {@code @}, and the term lists are matched by a trie from each word start. Persons are read from
 * the shape and the surroundings of words ({@link PersonFinder}).
 */
public final class EntityFinder {

    /** Characters an identifier may reach beyond its first and last digit ("ABC 123", "A123 BCD"). */
    private static final int PAD = 8;
    /** Digits closer than this share a window, so that windows never overlap. */
    private static final int GAP = 2 * PAD + 1;

    /** Longer unbroken runs of base64 characters are encoded data, not writing. */
    private static final int BLOB = 24;

    private final Terms terms;
    private final PersonFinder persons;

    /** Loads the weapon and drug term lists and the name word lists from the classpath. */
    public EntityFinder() {
        this.terms = Terms.standard();
        this.persons = new PersonFinder(PersonLexicon.standard());
    }

    /**
     * @return the mentions sorted by start, no two overlapping (the longer or more specific one
     *         wins); an empty list for null or empty text
     */
    public List<Mention> find(String text) {
        return find(text, null);
    }

    /**
     * @param written the day the text was written or the record dated, which places "on Thursday",
     *                "yesterday" and "14 March"; null when unknown, and those stay text
     * @return the mentions sorted by start, no two overlapping (the longer or more specific one
     *         wins); an empty list for null or empty text
     */
    public List<Mention> find(String text, LocalDate written) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        terms.find(text, found);
        Emails.find(text, found);
        List<Mention> dates = new ArrayList<>();
        new Windows(text, found, dates, written).scan();
        found.removeIf(m -> m.type() != EntityType.EMAIL && inBlob(text, m));
        // Words apart, an address or a date is no run of base64; the date's own pattern keeps letters and digits off its edges.
        Addresses.find(text, found);
        Dates.named(text, written, dates);
        found.addAll(Times.attach(text, dates));
        List<Mention> names = new ArrayList<>();
        persons.find(text, names);
        // A checked identifier is surer than a reading of capitals: "Escort ABC 123D" names no one.
        if (!names.isEmpty()) {
            BitSet identified = new BitSet(text.length());
            found.stream().filter(m -> identifier(m.type())).forEach(m -> identified.set(m.start(), m.end()));
            names.removeIf(name -> {
                int at = identified.nextSetBit(name.start());
                return at >= 0 && at < name.end();
            });
        }
        found.addAll(names);
        return Overlaps.resolve(found);
    }

    /**
     * Base64 ("...l+FG/WN65SPT..."): a long unbroken run of base64 characters in both cases holds
     * every pattern by chance, so nothing inside one is a mention. A list written without spaces
     * ("07700900123/07700900456/...", "AB12CDE/ZB21KLM/...") is in one case and stays.
     */
    private static boolean inBlob(String text, Mention m) {
        // Looking a little past the length that decides keeps a megabyte of base64 from being read once per mention.
        int start = m.start();
        while (start > 0 && m.start() - start < 2 * BLOB && isBase64(text.charAt(start - 1))) {
            start--;
        }
        int end = m.end();
        while (end < text.length() && end - m.end() < 2 * BLOB && isBase64(text.charAt(end))) {
            end++;
        }
        if (end - start <= BLOB) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        for (int i = start; i < end && !(upper && lower); i++) {
            char c = text.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return upper && lower;
    }

    private static boolean identifier(EntityType type) {
        return type != EntityType.WEAPON && type != EntityType.DRUG && type != EntityType.PERSON;
    }

    private static boolean isBase64(char c) {
        return (c < 128 && Chars.isWord(c)) || c == '+' || c == '/';
    }

    /**
     * For a weapon or drug: its category from the term list ("bladed weapon", "firearm",
     * "Class A drug", ...). Null for other entities and for names not in the lists.
     */
    public static String categoryOf(EntityId id) {
        if (id == null || (id.type() != EntityType.WEAPON && id.type() != EntityType.DRUG)) {
            return null;
        }
        return Terms.standard().category(id.type(), id.value());
    }

    /** One text's pass over its digits, reusing one matcher per pattern for every window. */
    private static final class Windows {
        private final String text;
        private final List<Mention> out;
        private final Matcher current;
        private final Matcher old;
        private final Matcher postcode;
        private final Matcher pnc;
        private final Matcher nino;
        private final Matcher date;
        private final List<Mention> dates;
        private final LocalDate written;

        Windows(String text, List<Mention> out, List<Mention> dates, LocalDate written) {
            this.text = text;
            this.out = out;
            this.dates = dates;
            this.written = written;
            this.date = matcher(Dates.FREE);
            this.current = matcher(Vrms.FREE_CURRENT);
            this.old = matcher(Vrms.FREE_OLD);
            this.postcode = matcher(Postcodes.FREE);
            this.pnc = matcher(PncIds.FREE);
            this.nino = matcher(NiNumbers.FREE);
        }

        /** Transparent bounds let the boundary checks see past the window's edges. */
        private Matcher matcher(Pattern pattern) {
            return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        void scan() {
            int n = text.length();
            int i = 0;
            while (i < n) {
                while (i < n && !Chars.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return;
                }
                int last = i;
                int j = i + 1;
                while (j < n && j - last <= GAP) {
                    if (Chars.isDigit(text.charAt(j))) {
                        last = j;
                    }
                    j++;
                }
                window(Math.max(0, i - PAD), Math.min(n, last + 1 + PAD));
                i = last + 1;
            }
        }

        /**
         * Most windows are dates, times, sums and house numbers. A look at what touches each digit
         * decides which patterns could match at all, so that those windows cost one short loop.
         */
        private void window(int from, int to) {
            boolean letterThenDigit = false;
            boolean capitalNearDigit = false;
            boolean digitThenLetter = false;
            boolean slashBetweenDigits = false;
            boolean dateShaped = false;
            for (int k = from; k < to; k++) {
                if (!Chars.isDigit(text.charAt(k))) {
                    continue;
                }
                char before = k > 0 ? text.charAt(k - 1) : ' ';
                char after = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
                letterThenDigit |= Chars.isLetter(before);
                digitThenLetter |= Chars.isLetter(after);
                capitalNearDigit |= Chars.isCapital(before) || Chars.isCapital(after)
                        || (before == ' ' && k > 1 && Chars.isCapital(text.charAt(k - 2)))
                        || (after == ' ' && k + 2 < text.length() && Chars.isCapital(text.charAt(k + 2)));
                slashBetweenDigits |= after == '/' && k + 2 < text.length() && Chars.isDigit(text.charAt(k + 2));
                dateShaped |= ((after == '/' || after == '-' || after == '.') && Chars.isDigit(Chars.at(text, k + 2)))
                        || ((after == 's' || after == 'n' || after == 'r' || after == 't') && Chars.isLetter(Chars.at(text, k + 2)))
                        || (before == ' ' && capitalisedWordEndsAt(k - 1));
            }
            int currentFrom = out.size();
            if (letterThenDigit) {
                Vrms.findCurrent(current, text, from, to, out);
            }
            if (letterThenDigit || girobank(from, to)) {
                Postcodes.find(postcode, text, from, to, out);
            }
            if (capitalNearDigit) {
                Vrms.findOld(old, text, from, to, out, currentFrom);
                NiNumbers.find(nino, text, from, to, out);
            }
            if (slashBetweenDigits && digitThenLetter) {
                PncIds.find(pnc, text, from, to, out);
            }
            Phones.find(text, from, to, out);
            if (dateShaped || capitalNearDigit) {
                Dates.find(date, text, from, to, written, dates);
            }
        }

        /** "March 14": a word of three to nine letters, the first a capital, ends at {@code end}. */
        private boolean capitalisedWordEndsAt(int end) {
            int start = end;
            while (start > 0 && end - start < 10 && Chars.isLetter(text.charAt(start - 1))) {
                start--;
            }
            return end - start >= 3 && end - start <= 9 && Chars.isCapital(text.charAt(start));
        }

        /** GIR 0AA, the one postcode whose outward code holds no digit. */
        private boolean girobank(int from, int to) {
            int at = text.indexOf("0", from);
            return at >= from + 4 && at < to && text.regionMatches(true, at - 4, "GIR", 0, 3);
        }

    }
}

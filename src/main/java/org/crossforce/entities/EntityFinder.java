package org.crossforce.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every identifier, address, weapon, drug and person mention in a text. Thread-safe and reusable: one
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
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        terms.find(text, found);
        Emails.find(text, found);
        new Windows(text, found).scan();
        found.removeIf(m -> m.type() != EntityType.EMAIL && inBlob(text, m));
        // Words apart, an address is no run of base64.
        Addresses.find(text, found);
        List<Mention> names = new ArrayList<>();
        persons.find(text, names);
        // A checked identifier is surer than a reading of capitals: "Escort ABC 123D" names no one.
        names.removeIf(name -> found.stream().anyMatch(m -> identifier(m.type()) && overlap(m, name)));
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

    private static boolean overlap(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
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

        Windows(String text, List<Mention> out) {
            this.text = text;
            this.out = out;
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
        }

        /** GIR 0AA, the one postcode whose outward code holds no digit. */
        private boolean girobank(int from, int to) {
            int at = text.indexOf("0", from);
            return at >= from + 4 && at < to && text.regionMatches(true, at - 4, "GIR", 0, 3);
        }

    }
}

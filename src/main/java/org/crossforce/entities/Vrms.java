package org.crossforce.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK vehicle registration marks. Current-format marks (AB12 CDE) are distinctive enough to take
 * from any text in any case; the older prefix, suffix and dateless formats look like ordinary
 * words and numbers ("BUS 12", "PC 1234", "MAY 2021"), so in free text Crossforce takes them only
 * in capitals, near a word about vehicles, and never when the letters are a common word, a month,
 * a unit or a police abbreviation.
 */
final class Vrms {

    static final String EXTRACTOR = "vrm";

    /**
     * Current format, from September 2001: area letters, age identifier, three random letters.
     * The DVLA issues no I or Q in it, but any letter is accepted: marks are mistyped and misread
     * (I for 1, Q for O), and training material and Crossforce's own fixtures use them (UX19 QFK).
     */
    private static final Pattern CURRENT = Pattern.compile("[A-Z]{2}(\\d{2})[A-Z]{3}");
    /** 1983 to 2001: year letter first. Q marks (vehicles of unknown age) share the format. */
    private static final Pattern PREFIX = Pattern.compile("[A-HJ-NP-TV-Y]\\d{1,3}[A-HJ-PR-Z]{3}");
    /** 1963 to 1983: year letter last. */
    private static final Pattern SUFFIX = Pattern.compile("[A-HJ-PR-Z]{3}\\d{1,3}[A-HJ-NPR-TV-Y]");
    /** Before 1963, cherished marks and Northern Ireland: up to three letters and up to four digits. */
    private static final Pattern DATELESS = Pattern.compile("[A-Z]{1,3}[1-9]\\d{0,3}|[1-9]\\d{0,3}[A-Z]{1,3}");

    private static final String ANY_LETTER = Chars.charClass("A-Z", true);
    private static final String MARK = Chars.charClass("A-HJ-PR-Z", false);
    private static final String SUFFIX_YEAR = Chars.charClass("A-HJ-NPR-TV-Y", false);
    private static final String PREFIX_YEAR = Chars.charClass("A-HJ-NP-TV-Y", false);
    private static final String CAPITAL = Chars.charClass("A-Z", false);

    /** Current format in any case, with or without its one space. */
    static final Pattern FREE_CURRENT = Pattern.compile(
            Chars.BEFORE + ANY_LETTER + "{2}\\d{2} ?" + ANY_LETTER + "{3}" + Chars.AFTER);
    /** The older formats, capitals only; the checks below decide. Suffix before dateless keeps "ABC 123D" whole. */
    static final Pattern FREE_OLD = Pattern.compile(Chars.BEFORE + "(?:" + MARK + "{3} ?\\d{1,3}" + SUFFIX_YEAR
            + "|" + PREFIX_YEAR + "\\d{1,3} ?" + MARK + "{3}|" + CAPITAL + "{1,3} ?[1-9]\\d{0,3}|[1-9]\\d{0,3} ?"
            + CAPITAL + "{1,3})" + Chars.AFTER);

    private static final int CONTEXT_BEFORE = 50;
    private static final int CONTEXT_AFTER = 30;
    private static final int REGISTRATION_BEFORE = 25;

    /** Words that put a vehicle in the sentence. */
    private static final Set<String> VEHICLE_WORDS = Set.of("reg", "regd", "registration", "registered", "vrm",
            "vrn", "index", "plate", "plates", "numberplate", "vehicle", "vehicles", "car", "cars", "van", "vans",
            "lorry", "lorries", "truck", "trucks", "hgv", "lgv", "taxi", "taxis", "cab", "minicab", "motorbike",
            "motorbikes", "motorcycle", "motorcycles", "moped", "mopeds", "scooter", "pickup", "suv", "4x4",
            "hatchback", "saloon", "coupe", "convertible", "trailer", "caravan", "minibus", "keeper", "anpr", "dvla",
            "driver", "driving", "drove", "driven", "parked", "ford", "vauxhall", "bmw", "audi", "mercedes",
            "volkswagen", "vw", "toyota", "nissan", "honda", "peugeot", "renault", "citroen", "kia", "hyundai",
            "skoda", "fiat", "volvo", "mazda", "jaguar", "tesla", "porsche", "lexus", "mitsubishi", "suzuki",
            "subaru", "dacia", "rover", "jeep", "transit", "corsa", "astra", "fiesta", "qashqai", "yamaha",
            "kawasaki", "ducati");

    /** Words that say the next thing is a registration mark, not just that a vehicle is about. */
    private static final Set<String> REGISTRATION_WORDS = Set.of("reg", "regd", "registration", "registered", "vrm",
            "vrn", "index", "plate", "plates", "numberplate");

    /**
     * Letters that in capitals are far more often a word than part of a mark: common short words,
     * months and days, units, ordinals, police ranks and references, road letters, and the trim
     * codes that follow a model name ("C200 AMG").
     */
    private static final Set<String> STOP = Set.of("A", "B", "G", "I", "M", "O", "P", "Q", "S", "X", "AN", "AS",
            "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "OF", "OH", "OK", "ON", "OR",
            "SO", "TO", "UP", "US", "WE", "ACT", "ADD", "AGE", "AGO", "AID", "AIR", "ALL", "AND", "ANY", "ARE", "ARM",
            "ART", "ASK", "ATE", "BAD", "BAG", "BAR", "BAY", "BED", "BET", "BIG", "BIN", "BIT", "BOX", "BOY", "BUS",
            "BUT", "BUY", "CAB", "CAN", "CAP", "CAR", "CAT", "COP", "CRY", "CUP", "CUT", "DAD", "DAY", "DID", "DIE",
            "DOG", "DRY", "DUE", "EAR", "EAT", "END", "EYE", "FAR", "FEE", "FEW", "FIT", "FIX", "FOR", "FUN", "GAS",
            "GAP", "GET", "GOT", "GUN", "GUY", "HAD", "HAS", "HAT", "HER", "HID", "HIM", "HIS", "HIT", "HOT", "HOW",
            "ITS", "JOB", "KEY", "KID", "LAD", "LAW", "LAY", "LED", "LEG", "LET", "LOT", "LOW", "MAD", "MAN", "MAP",
            "MAY", "MEN", "MET", "MOB", "MUM", "NEW", "NOR", "NOT", "NOW", "ODD", "OFF", "OLD", "ONE", "OUR", "OUT",
            "OWN", "PAY", "PER", "PUB", "PUT", "RAN", "RED", "ROW", "RUN", "SAD", "SAT", "SAW", "SAY", "SEE", "SET",
            "SHE", "SIX", "SON", "SUM", "TAX", "TEN", "THE", "TOO", "TOP", "TRY", "TWO", "USE", "VAN", "VIA", "WAR",
            "WAS", "WAY", "WHO", "WHY", "WIN", "WON", "YES", "YET", "YOU",
            "AM", "PM", "HR", "HRS", "MIN", "SEC", "MPH", "KPH", "KM", "CM", "MM", "KG", "MG", "ML", "LB", "LBS", "OZ",
            "FT", "YD", "YDS", "YR", "YRS", "GBP", "USD", "EUR", "ST", "ND", "RD", "TH",
            "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", "MON", "TUE", "WED", "THU",
            "FRI", "SUN",
            "PC", "DC", "PS", "DS", "DI", "DCI", "SGT", "INS", "SUP", "OIC", "CAD", "CRN", "URN", "REF", "TEL", "FAX",
            "DOB", "ID", "IR", "CPS", "TIC", "PNC", "PND", "NFA", "RTC", "RTA", "HQ", "CID", "BTP", "NCA", "APT",
            "RM", "BLK", "EXT", "PT", "NR", "JN", "JCT", "SS", "PG", "PP", "VOL", "CH", "TAB", "FIG", "REG", "VRM",
            "AMG", "GLX", "RST", "DSG", "AUT", "EST", "SEL", "LTD", "CVT", "MPV", "SUV", "HGV", "LGV");

    /**
     * Words that follow a form number or an outward code in capitals ("MG11 WAS TAKEN", "ME14 AND
     * ME15"). Kept to function words: a mark whose letters spell a noun ("ZK25 DAY") must still be found.
     */
    private static final Set<String> WORDS_AFTER_CODES = Set.of("AND", "THE", "WAS", "FOR", "ARE", "BUT", "NOT",
            "HAS", "HAD", "HIS", "HER", "HIM", "SHE", "YOU", "WHO", "ITS", "OUT", "OFF", "TOO", "NOW", "CAN", "DID",
            "GOT", "SAW", "SAY", "WAY", "ALL", "ANY", "ONE", "TWO", "OUR", "HOW", "WHY", "YES", "YET", "NOR", "VIA",
            "PER", "AGO", "LET", "USE", "MAY", "SEE");

    /** Words that make "14 ELM ROAD" an address rather than the dateless mark "14 ELM". */
    private static final Set<String> STREET_WORDS = Set.of("ROAD", "RD", "STREET", "ST", "AVENUE", "AVE", "LANE", "LN",
            "CLOSE", "CL", "WAY", "DRIVE", "DR", "COURT", "CT", "PLACE", "PL", "CRESCENT", "CRES", "GARDENS", "GDNS",
            "TERRACE", "TCE", "GROVE", "GR", "HILL", "PARK", "SQUARE", "SQ", "WALK", "RISE", "MEWS", "ROW", "GREEN",
            "PARADE", "VIEW", "HOUSE", "ESTATE", "YARD", "WHARF", "QUAY", "END", "VALE", "FIELDS", "MANOR");

    /** Words that make "BMW 3 SERIES" or "A 4 DOOR" a model rather than the dateless mark before them. */
    private static final Set<String> MODEL_WORDS = Set.of("SERIES", "CLASS", "DOOR", "SEATER", "LITRE", "SPEED");

    enum Format { CURRENT, PREFIX, SUFFIX, DATELESS }

    private Vrms() {
    }

    /** A mark from a record field or a query, in any of the formats, with any spacing or case. */
    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = Chars.upper(Chars.compact(raw));
        return format(compact) == null ? Optional.empty() : Optional.of(compact);
    }

    /** @param compact upper case without spaces */
    static Format format(String compact) {
        if (compact.length() < 2 || compact.length() > 7) {
            return null;
        }
        Matcher current = CURRENT.matcher(compact);
        if (current.matches()) {
            return issuedAge(current.group(1)) ? Format.CURRENT : null;
        }
        if (PREFIX.matcher(compact).matches()) {
            return Format.PREFIX;
        }
        if (SUFFIX.matcher(compact).matches()) {
            return Format.SUFFIX;
        }
        return DATELESS.matcher(compact).matches() ? Format.DATELESS : null;
    }

    /** 00, 01 and 50 were never issued: the format began with 51 in September 2001. */
    private static boolean issuedAge(String age) {
        return !age.equals("00") && !age.equals("01") && !age.equals("50");
    }

    static void findCurrent(Matcher m, String text, int from, int to, List<Mention> out) {
        for (int i = from; i < to; i++) {
            if (!Chars.isLetter(text.charAt(i)) || !Chars.isLetter(Chars.at(text, i + 1))
                    || !Chars.isDigit(Chars.at(text, i + 2)) || Chars.wordBefore(text, i)
                    || !Chars.matchesAt(m, i, to)) {
                continue;
            }
            String raw = m.group();
            boolean oneCase = raw.equals(raw.toUpperCase(Locale.ROOT)) || raw.equals(raw.toLowerCase(Locale.ROOT));
            String compact = Chars.upper(Chars.compact(raw));
            // "MG11 was taken": a form number and a word, not a mark. Written solid, it is still a mark.
            boolean wordAfter = raw.indexOf(' ') > 0 && WORDS_AFTER_CODES.contains(compact.substring(4));
            if (oneCase && !wordAfter && format(compact) == Format.CURRENT) {
                out.add(new Mention(EntityType.VEHICLE, i, m.end(), raw, compact, EXTRACTOR));
                i = m.end() - 1;
            }
        }
    }

    /**
     * Readings overlap ("X5 ABC" and "ABC 123" in "BMW X5 ABC 123"): each is offered, and Overlaps
     * picks. Readings inside a current-format mark already found ("64 JPO" in "ZD64 JPO") are not.
     *
     * @param currentFrom where in {@code out} this window's current-format marks begin, in text order
     */
    static void findOld(Matcher m, String text, int from, int to, List<Mention> out, int currentFrom) {
        int currentTo = out.size();
        int current = currentFrom;
        for (int i = from; i < to; i++) {
            while (current < currentTo && out.get(current).end() <= i) {
                current++;
            }
            if (!mayStartOld(text, i) || Chars.wordBefore(text, i) || !Chars.matchesAt(m, i, to)) {
                continue;
            }
            boolean insideCurrent = current < currentTo && out.get(current).start() <= i
                    && out.get(current).end() >= m.end();
            if (!insideCurrent && acceptOld(text, i, m.end())) {
                String raw = m.group();
                out.add(new Mention(EntityType.VEHICLE, i, m.end(), raw, Chars.compact(raw), EXTRACTOR));
            }
        }
    }

    /** A capital with a digit just after it, or a digit with a capital just after it, a space allowed between. */
    private static boolean mayStartOld(String text, int i) {
        char c = text.charAt(i);
        if (Chars.isCapital(c)) {
            for (int k = i + 1; k <= i + 4; k++) {
                char next = Chars.at(text, k);
                if (Chars.isDigit(next)) {
                    return true;
                }
                if (!Chars.isCapital(next) && next != ' ') {
                    return false;
                }
            }
            return false;
        }
        return c >= '1' && c <= '9';
    }

    private static boolean acceptOld(String text, int start, int end) {
        String raw = text.substring(start, end);
        String compact = Chars.compact(raw);
        Format format = format(compact);
        if (format == null || format == Format.CURRENT) {
            return false;
        }
        boolean digitFirst = Chars.isDigit(raw.charAt(0));
        if (digitFirst && numberBefore(text, start)) {
            return false;
        }
        String letters = keep(compact, false);
        if (format == Format.PREFIX) {
            letters = letters.substring(1);
        } else if (format == Format.SUFFIX) {
            letters = letters.substring(0, 3);
        }
        // "BMW 3 Series", "VAN 2": the make or the vehicle, not its mark.
        if (STOP.contains(letters) || VEHICLE_WORDS.contains(letters.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (format == Format.DATELESS) {
            if (!dateless(text, start, end, raw, compact, digitFirst)) {
                return false;
            }
        }
        return Chars.words(text, start - CONTEXT_BEFORE, start).stream().anyMatch(VEHICLE_WORDS::contains)
                || Chars.words(text, end, end + CONTEXT_AFTER).stream().anyMatch(VEHICLE_WORDS::contains);
    }

    private static boolean dateless(String text, int start, int end, String raw, String compact, boolean digitFirst) {
        String digits = keep(compact, true);
        int letters = compact.length() - digits.length();
        if (!digitFirst && digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
            return false; // "AD 2019", "BST 2020": a year
        }
        String next = nextWord(text, end);
        if ((digitFirst && STREET_WORDS.contains(next)) || (!digitFirst && MODEL_WORDS.contains(next))) {
            return false;
        }
        // Solid ("AB12", "X5", "M25") or single-letter marks are model names and roads unless a
        // registration is named just before.
        if (raw.indexOf(' ') < 0 || letters == 1) {
            return Chars.words(text, start - REGISTRATION_BEFORE, start).stream()
                    .anyMatch(REGISTRATION_WORDS::contains);
        }
        return true;
    }

    private static String keep(String compact, boolean digits) {
        StringBuilder out = new StringBuilder(compact.length());
        for (int i = 0; i < compact.length(); i++) {
            if (Chars.isDigit(compact.charAt(i)) == digits) {
                out.append(compact.charAt(i));
            }
        }
        return out.toString();
    }

    /** "£12", "14:30 HRS", "1,500", "12/3": the digits carry on a number, time or sum. */
    private static boolean numberBefore(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        if ("£$€#/.,+-".indexOf(before) >= 0) {
            return true;
        }
        return before == ':' && start > 1 && Chars.isDigit(text.charAt(start - 2));
    }

    private static String nextWord(String text, int end) {
        int i = end;
        while (i < text.length() && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && Chars.isWord(text.charAt(i))) {
            i++;
        }
        return Chars.upper(text.substring(start, i));
    }
}

package org.crossforce.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses: a house number (with its flat, if any), a street ending in a street word, and
 * a town or a postcode to say where: "Flat 2, 14 Rowan Crescent, Margate CT9 5LP". Without a
 * town or a postcode, "14 High Street" could be in any of a thousand towns, so it stays text and
 * links nothing.
 *
 * <p>The value is the number and street in lower case, street words written out ("Rd" is
 * "road"), then the postcode when there is one, else the town: {@code 14 rowan crescent, CT9 5LP}.
 * The mention ends before the postcode, which is a mention of its own.
 */
final class Addresses {

    static final String EXTRACTOR = "address";

    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("road", "road"), Map.entry("rd", "road"), Map.entry("street", "street"), Map.entry("st", "street"),
            Map.entry("lane", "lane"), Map.entry("ln", "lane"), Map.entry("avenue", "avenue"), Map.entry("ave", "avenue"),
            Map.entry("close", "close"), Map.entry("cl", "close"), Map.entry("drive", "drive"), Map.entry("dr", "drive"),
            Map.entry("way", "way"), Map.entry("court", "court"), Map.entry("ct", "court"),
            Map.entry("crescent", "crescent"), Map.entry("cres", "crescent"), Map.entry("place", "place"),
            Map.entry("pl", "place"), Map.entry("square", "square"), Map.entry("sq", "square"),
            Map.entry("gardens", "gardens"), Map.entry("gdns", "gardens"), Map.entry("terrace", "terrace"),
            Map.entry("tce", "terrace"), Map.entry("grove", "grove"), Map.entry("park", "park"), Map.entry("hill", "hill"),
            Map.entry("walk", "walk"), Map.entry("mews", "mews"), Map.entry("row", "row"), Map.entry("parade", "parade"),
            Map.entry("rise", "rise"), Map.entry("vale", "vale"), Map.entry("view", "view"), Map.entry("green", "green"),
            Map.entry("wharf", "wharf"), Map.entry("quay", "quay"), Map.entry("yard", "yard"),
            Map.entry("fields", "fields"), Map.entry("meadows", "meadows"), Map.entry("heights", "heights"),
            Map.entry("circus", "circus"), Map.entry("broadway", "broadway"), Map.entry("boulevard", "boulevard"),
            Map.entry("embankment", "embankment"), Map.entry("approach", "approach"), Map.entry("croft", "croft"),
            Map.entry("chase", "chase"), Map.entry("gate", "gate"), Map.entry("mount", "mount"));

    private static final String WORD = "(?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?|[A-Z][A-Z'’]+(?:-[A-Z'’]+)?)";
    /** A word of a town's name, not the letters of a postcode's outward code ("CT" of "CT9"). */
    private static final String TOWN_WORD = WORD + "(?!\\d)";
    private static final String STREET_WORD = "(?i:" + String.join("|", STREET_WORDS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";

    /** A flat before the house number: "Flat 2, ", "Apt 3B ". */
    private static final Pattern FLAT = Pattern.compile("\\b(?i:flat|apartment|apt|unit)\\s+\\d{1,4}[A-Za-z]?,?\\s+$");
    private static final Pattern FLAT_FIRST = Pattern.compile("^(?i:flat|apartment|apt|unit)\\s+\\d{1,4}[A-Za-z]?,?\\s+");

    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w/:.£$-])"
                    + "(?<number>\\d{1,4}[A-Za-z]?(?:\\s?-\\s?\\d{1,4}[A-Za-z]?)?),?\\s+"
                    + "(?<street>(?:" + WORD + "\\s+){1,3}?" + STREET_WORD + ")\\.?(?![\\w'’-])"
                    + "(?<town>,\\s*" + TOWN_WORD + "(?:[ -]" + TOWN_WORD + "){0,2})?"
                    + "(?<postcode>,?\\s+" + Postcodes.FREE.pattern() + ")?");

    private Addresses() {
    }

    static void find(String text, List<Mention> out) {
        if (text.indexOf(' ') < 0) {
            return;
        }
        Matcher m = ADDRESS.matcher(text).useTransparentBounds(true);
        Matcher flat = FLAT.matcher(text).useTransparentBounds(true);
        int n = text.length();
        // Every address starts with its house number: try only where a number starts.
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            m.region(i, Math.min(n, i + 160));
            if (!m.lookingAt()) {
                continue;
            }
            flat.region(Math.max(0, i - 20), i);
            int start = flat.find() ? flat.start() : i;
            i = add(text, m, start, out);
        }
    }

    /** @return where to look on from */
    private static int add(String text, Matcher m, int start, List<Mention> out) {
        String postcode = m.group("postcode") == null ? null
                : Postcodes.normalise(m.group("postcode").replaceFirst("^,?\\s+", "")).orElse(null);
        String town = m.group("town") == null ? null : m.group("town").replaceFirst("^,\\s*", "");
        if (town != null && !town(town, text, m.end("town"), postcode != null)) {
            town = null;
        }
        if (postcode == null && town == null) {
            return m.start();
        }
        int end = town != null ? m.end("town") : m.end("street");
        int stop = text.startsWith(".", end) && m.group("street").length() <= 4 ? end + 1 : end;
        String written = text.substring(start, stop);
        value(m.group("number"), m.group("street"), postcode, town)
                .ifPresent(value -> out.add(new Mention(EntityType.ADDRESS, start, stop, written, value, EXTRACTOR)));
        return stop - 1;
    }

    /**
     * A record's address field, completed by its postcode field: "12 Dalby Square, Margate" with
     * "CT9 2ER". Empty when the field is not a street address ("On or near Cheapside").
     */
    static Optional<String> normalise(String address, String postcode) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String code = postcode == null ? null : Postcodes.normalise(postcode).orElse(null);
        String street = FLAT_FIRST.matcher(address.strip()).replaceFirst("");
        Matcher m = ADDRESS.matcher(street);
        if (!m.lookingAt()) {
            // Typed into a search box or kept in lower case by a record system: "12 dalby square, margate".
            m = ADDRESS.matcher(capitalised(street));
            if (!m.lookingAt()) {
                return Optional.empty();
            }
        }
        String own = m.group("postcode") == null ? null
                : Postcodes.normalise(m.group("postcode").replaceFirst("^,?\\s+", "")).orElse(null);
        String town = m.group("town") == null ? null : m.group("town").replaceFirst("^,\\s*", "");
        return value(m.group("number"), m.group("street"), own != null ? own : code, town);
    }

    private static String capitalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetterOrDigit(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }

    private static Optional<String> value(String number, String street, String postcode, String town) {
        if (postcode == null && town == null) {
            return Optional.empty();
        }
        String[] words = street.strip().toLowerCase(Locale.ROOT).replace('’', '\'').split("\\s+");
        words[words.length - 1] = STREET_WORDS.getOrDefault(words[words.length - 1], words[words.length - 1]);
        String where = postcode != null ? postcode : town.toLowerCase(Locale.ROOT);
        return Optional.of(number.toLowerCase(Locale.ROOT).replaceAll("\\s", "") + " " + String.join(" ", words) + ", "
                + where);
    }

    /**
     * A town is a place name, not the start of the next clause: ", Margate" and ", Hull." are
     * towns, ", He" and ", Later he" are not. A town that is also an English word must end the
     * address: a postcode or a stop after it.
     */
    private static boolean town(String town, String text, int end, boolean postcode) {
        PersonLexicon words = PersonLexicon.standard();
        String[] parts = town.toLowerCase(Locale.ROOT).split("[ -]");
        for (String part : parts) {
            if (words.never(part)) {
                return false;
            }
        }
        boolean ordinary = words.common(parts[0]);
        boolean ends = postcode || end >= text.length() || ".,;:)\n".indexOf(text.charAt(end)) >= 0;
        return !ordinary || ends;
    }
}

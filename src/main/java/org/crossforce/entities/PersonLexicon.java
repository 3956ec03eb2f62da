package org.crossforce.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the person finder knows about words: forenames, common English words, and the short lists
 * of words that introduce a name (titles, ranks, role words) or end something that is not one
 * (a street, a business, a car). Every lookup takes the word in lower case.
 */
final class PersonLexicon {

    private static final PersonLexicon STANDARD = new PersonLexicon(
            read("names/forenames.txt"), read("names/common-words.txt"), read("names/less-common-words.txt"),
            read("names/places.txt"));

    /** Titles and ranks written before a name; never part of it. */
    private static final Set<String> TITLES = set(
            "mr", "mrs", "ms", "miss", "mx", "master", "dr", "doctor", "prof", "professor", "sir", "dame",
            "lady", "lord", "rev", "revd", "reverend", "fr", "father", "sister", "brother", "pastor", "imam",
            "rabbi", "cllr", "councillor", "judge", "hhj", "uncle", "aunt", "auntie", "aunty", "nan", "nana",
            "grandad", "grandma", "cousin",
            "pc", "wpc", "dc", "tdc", "ds", "ps", "tds", "di", "dci", "dsi", "dsu", "dcs", "ci", "supt", "ch",
            "chief", "sgt", "sergeant", "constable", "insp", "inspector", "superintendent", "det", "detective",
            "acting", "temporary", "police", "special", "pcso", "sc", "cst", "acc", "dcc", "cc", "commander",
            "commissioner", "officer", "agent", "staff", "investigator");

    /** Titles that are also ordinary words of a sentence: a title only when written with a capital. */
    private static final Set<String> TITLES_IF_CAPITALISED = set(
            "master", "doctor", "father", "sister", "brother", "lady", "lord", "judge", "uncle", "aunt", "auntie",
            "aunty", "nan", "nana", "grandad", "grandma", "cousin", "chief", "acting", "temporary", "police",
            "special", "officer", "agent", "staff", "investigator", "commander", "commissioner", "constable",
            "sergeant", "inspector", "detective", "superintendent", "pastor", "imam", "rabbi", "professor",
            "reverend", "councillor");

    /** Words after which a capitalised word is very likely a name. */
    private static final Set<String> CUES_BEFORE = set(
            "named", "called", "name", "names", "surname", "forename", "forenames", "aka", "a.k.a", "alias",
            "nickname", "suspect", "suspects", "victim", "victims", "witness", "witnesses", "informant", "nominal",
            "offender",
            "complainant", "caller", "son", "daughter", "wife", "husband", "partner", "girlfriend",
            "boyfriend", "fiancé", "fiance", "fiancée", "mother", "father", "mum", "mam", "dad", "stepdad",
            "stepmum", "brother", "sister", "friend", "mate", "neighbour", "cousin", "nephew", "niece",
            "grandson", "granddaughter", "child", "children", "ex", "solicitor", "interpreter", "driver",
            "passenger", "occupant", "owner", "keeper", "tenant", "landlord", "landlady", "manager", "employer",
            "colleague", "associate", "associates", "signed", "from", "to", "cc", "dear", "hi", "hello", "thanks",
            "regards", "cheers", "attn", "officer", "arrested", "interviewed", "charged", "cautioned",
            "released", "spoke", "contacted", "visited", "met", "saw", "told", "asked", "with", "by", "for",
            "and", "meet", "meeting", "phoned", "rang", "texted", "messaged", "accompanied", "per");

    /** Cues that count only in a field label ("Name:", "From:"), not as a word of a sentence. */
    private static final Set<String> LABEL_ONLY = set("from", "to", "cc", "name", "names", "surname", "forename",
            "forenames", "signed",
            "with", "by", "for", "and", "per");

    /** Words after a name. */
    private static final Set<String> CUES_AFTER = set(
            "said", "says", "stated", "states", "told", "tells", "who", "whom", "whose",
            "born", "dob", "aged", "age", "b", "d.o.b", "admitted", "denied", "replied", "answered", "agreed",
            "claimed", "alleged", "confirmed", "explained", "arrived", "left", "ran", "shouted", "punched",
            "kicked", "threatened", "attended", "returned", "refused", "declined", "provided", "made", "gave",
            "went", "came", "called", "phoned", "rang", "texted", "lives", "lived", "resides", "works", "worked",
            "drives", "drove", "owns", "owned", "sent", "received", "wrote", "signed", "identified",
            "pleaded", "appeared");

    /** Words that end a place, a building, a business or a team: "Kingsley Road", "Victoria Station". */
    private static final Set<String> NOT_A_NAME_AFTER = set(
            "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive", "way", "court", "ct",
            "crescent", "cres", "place", "pl", "square", "sq", "gardens", "gdns", "terrace", "grove", "park",
            "hill", "green", "walk", "mews", "row", "parade", "rise", "vale", "view", "yard", "wharf", "quay",
            "bridge", "station", "church", "chapel", "cathedral", "mosque", "temple", "gurdwara", "synagogue",
            "school", "college", "academy", "university", "hospital", "surgery", "clinic", "centre", "center",
            "house", "hall", "estate", "tower", "towers", "market", "arcade", "retail", "industrial", "business",
            "services", "garage", "motors", "roundabout", "junction", "interchange", "airport", "port",
            "harbour", "docks", "marina", "beach", "common", "heath", "wood", "woods", "forest", "field",
            "fields", "farm", "lodge", "manor", "cottage", "cottages", "approach", "circus", "broadway",
            "embankment", "library", "stadium", "arena", "ground", "arms", "inn", "tavern", "hotel", "club",
            "bar", "restaurant", "cafe", "café", "store", "stores", "shop", "supermarket", "ltd", "limited",
            "plc", "llp", "inc", "solicitors", "bank", "group", "partners", "associates", "joinery", "builders",
            "plumbing", "electrical", "construction", "transport", "logistics", "taxis", "cars", "police",
            "constabulary", "council", "magistrates", "crown", "prison", "hmp", "yoi", "team", "unit",
            "department", "dept", "division", "borough", "district", "county", "city", "town", "village",
            "valley", "island", "river", "canal", "lake", "street's", "avenue's", "close's", "primary",
            "secondary", "high", "infant", "junior", "nursery", "medical", "dental", "pharmacy", "chemist",
            "barbers", "salon", "takeaway", "kebab", "pizza", "express", "local", "metro", "extra", "superstore",
            "mall", "precinct", "plaza", "terminal", "depot", "works", "mill", "mills", "quarter", "village's",
            "way's", "halls", "flats", "apartments", "point", "gate", "end", "cross", "corner", "circle", "dale");

    /** Of those, the ones that are never a surname: "Kyle Green" is a man, "Kyle Road" a street. */
    private static final Set<String> STRICTLY_NOT_A_NAME = set(
            "road", "rd", "street", "st", "avenue", "ave", "close", "crescent", "cres", "terrace", "gardens", "gdns",
            "mews", "parade", "square", "sq", "station", "school", "college", "academy", "university", "hospital",
            "surgery", "centre", "center", "estate", "roundabout", "junction", "airport", "ltd", "limited", "plc",
            "llp", "solicitors", "motors", "police", "constabulary", "council", "magistrates", "prison", "hmp",
            "team", "unit", "department", "drive", "place", "services", "garage", "hotel", "club", "bank",
            "group", "stores", "supermarket", "takeaway", "pharmacy", "court", "way", "avenue's", "grove");

    /** Words that never belong to a name, whatever their case. */
    private static final Set<String> NEVER = set(
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from",
            "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "it", "his", "her", "their",
            "our", "my", "your", "its", "him", "them", "us", "me", "who", "what", "when", "where", "why", "how",
            "which", "there", "here", "not", "no", "yes", "if", "then", "so", "as", "is", "was", "were", "are",
            "be", "been", "has", "have", "had", "do", "did", "does", "will", "would", "can", "could", "should",
            "may", "might", "must", "all", "any", "some", "each", "every", "both", "one", "two", "three",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec",
            "police", "constabulary", "service", "crown", "court", "council", "cps", "hmrc", "dwp", "nhs",
            "cctv", "anpr", "pnc", "pnd", "nfa", "oic", "ip", "cad", "storm", "rtc", "dob", "mg11", "mg5",
            "nrm", "dash", "marac", "mash", "asb", "asbo", "cbo", "poca", "pace", "ocg", "ucg", "uk", "gb",
            "eu", "usa", "tbc", "n/a", "na", "nk", "nfd", "ref", "tel", "mob", "mobile", "email", "e-mail",
            "address", "postcode", "vrm", "reg", "veh", "vehicle", "male", "female", "suspect", "victim",
            "witness", "officer", "subject", "nominal", "unknown", "ic1", "ic2", "ic3", "ic4", "ic5", "ic6",
            "w1", "w2", "s1", "s2", "v1", "v2", "ok", "re", "fw", "fwd", "ps", "pm", "am", "gmt", "bst", "hrs",
            "intelligence", "report", "statement", "log", "record", "custody", "crime", "incident", "occurrence",
            "summary", "update", "note", "notes", "action", "actions", "result", "outcome", "grading",
            "sanitised", "official", "sensitive", "secret", "restricted", "handling", "marking", "page",
            "exhibit", "sheet", "form", "section", "act", "misuse", "drugs", "theft", "robbery", "burglary",
            "assault", "criminal", "damage", "offence", "offences", "public", "order", "mr", "mrs", "ms",
            "ford", "vauxhall", "volkswagen", "vw", "bmw", "audi", "mercedes", "toyota", "honda", "nissan",
            "peugeot", "renault", "citroen", "citroën", "seat", "skoda", "škoda", "kia", "hyundai", "fiat",
            "mini", "land", "rover", "range", "jaguar", "volvo", "mazda", "suzuki", "tesla", "lexus", "yamaha",
            "kawasaki", "ducati", "transit", "focus", "fiesta", "corsa", "astra", "golf", "polo", "leon",
            "ibiza", "octavia", "fabia", "qashqai", "juke", "micra", "clio", "megane", "yaris", "corolla",
            "prius", "civic", "sprinter", "vivaro", "caddy", "berlingo", "iphone", "samsung", "android",
            "whatsapp", "snapchat", "instagram", "facebook", "telegram", "signal", "tiktok", "twitter",
            "youtube", "google", "amazon", "ebay", "paypal", "uber", "tesco", "asda", "aldi", "lidl",
            "sainsbury's", "sainsburys", "morrisons", "boots", "barclays", "lloyds", "natwest", "hsbc",
            "santander", "halifax", "monzo", "post", "office", "royal", "mail", "english", "british", "welsh",
            "scottish", "irish", "polish", "romanian", "asian", "black", "white", "mixed", "other",
            "op", "operation", "st", "saint", "escort", "mondeo", "kuga", "zafira", "insignia", "passat", "tiguan",
            "sportage", "tucson", "picanto", "i10", "i20", "aygo", "c1", "108", "208", "308", "a3", "a4", "x5",
            "christmas", "easter", "eid", "ramadan", "diwali", "covid", "bank", "holiday");

    /** Short words inside surnames: "de Souza", "van der Berg", "Ní Bhriain", "ap Rhys", "bin Laden". */
    private static final Set<String> PARTICLES = set(
            "de", "da", "di", "do", "dos", "das", "du", "del", "della", "der", "den", "van", "von", "le", "la",
            "ap", "ab", "bin", "binti", "bint", "al", "el", "ní", "nic", "ni", "mac", "mc", "o", "ó", "ui", "uí",
            "ul", "ud", "ben", "ibn", "st");

    /** Prepositions of place: after them a lone capitalised word is a place, not a person. */
    private static final Set<String> PLACE_BEFORE = set(
            "in", "at", "to", "from", "near", "towards", "toward", "outside", "opposite", "via", "into", "around", "across",
            "through", "along", "off", "past", "behind", "beyond", "within", "throughout");

    private final Set<String> forenames;
    private final Set<String> common;
    private final Set<String> lessCommon;
    private final Set<String> places;

    private PersonLexicon(Set<String> forenames, Set<String> common, Set<String> lessCommon, Set<String> places) {
        this.forenames = forenames;
        this.common = common;
        this.lessCommon = lessCommon;
        this.places = places;
    }

    static PersonLexicon standard() {
        return STANDARD;
    }

    boolean forename(String lower) {
        return forenames.contains(lower);
    }

    /** An ordinary word of English: "Will", "Brown" and "Rose" can be names, but are not by their looks. */
    boolean common(String lower) {
        return common.contains(lower);
    }

    /** A word of English at all, common or not: "decamped". */
    boolean english(String lower) {
        return common.contains(lower) || lessCommon.contains(lower);
    }

    boolean title(String lower, boolean capitalised) {
        String bare = strip(lower);
        return TITLES.contains(bare) && (capitalised || !TITLES_IF_CAPITALISED.contains(bare));
    }

    boolean cueBefore(String lower, boolean label) {
        String bare = strip(lower);
        return CUES_BEFORE.contains(bare) && (label || !LABEL_ONLY.contains(bare));
    }

    boolean cueAfter(String lower) {
        return CUES_AFTER.contains(strip(lower));
    }

    boolean endsSomethingElse(String lower) {
        return NOT_A_NAME_AFTER.contains(strip(lower));
    }

    boolean strictlyNotAName(String lower) {
        return STRICTLY_NOT_A_NAME.contains(strip(lower));
    }

    boolean never(String lower) {
        return NEVER.contains(strip(lower));
    }

    boolean particle(String lower) {
        return PARTICLES.contains(lower);
    }

    /** A UK place police writing names far more often than a person of that name: "Kent", "Hackney", "milton keynes". */
    boolean place(String lower) {
        return places.contains(lower);
    }

    boolean placeBefore(String lower) {
        return PLACE_BEFORE.contains(lower);
    }

    /** Prepositions that place even a name of two words or one found before: "in Milton Keynes", "in Harrow"; not "rang to". */
    boolean strongPlaceBefore(String lower) {
        return PLACE_BEFORE.contains(lower) && !lower.equals("to") && !lower.equals("from");
    }

    /** The lists are written for reading, so a word may come twice. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static String strip(String lower) {
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PersonLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The word list " + resource + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The word list " + resource + " could not be read", e);
        }
        return Set.copyOf(words);
    }
}

package org.crossforce.identity.resolution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.crossforce.identity.PersonRecord;

/**
 * A person record prepared once for the millions of comparisons it may take part in: names as
 * words with their sound codes, the date of birth in parts, addresses as keys, identifiers as arrays.
 */
final class Features {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final String[] NONE = {};

    final PersonRecord record;
    /** Forenames as words; the first is the one mostly compared. */
    final String[] forenames;
    final String forename;
    /** All forenames joined: "feiljones" when a surname sits in the forename field. */
    final String forenamesJoined;
    /** The surname's words joined: "smithjones"; null when unknown. */
    final String surname;
    final String[] surnameParts;
    final String surnameCode;
    final String[] partCodes;
    final String forenameCode;
    /** Date of birth parts, 0 where unknown. */
    final int year;
    final int month;
    final int day;
    final String[] postcodes;
    final String[] districts;
    final String[] addressKeys;
    final String[] phones;
    final String[] emails;
    final String[] vrms;
    final String[] pncs;

    Features(PersonRecord record) {
        this.record = record;
        List<String> fore = NameText.words(record.forenames());
        List<String> sur = NameText.words(record.surname());
        if (sur.isEmpty() && fore.size() > 1) {
            // A whole name in one field: the last word is the surname.
            sur = List.of(fore.getLast());
            fore = fore.subList(0, fore.size() - 1);
        }
        this.forenames = fore.toArray(NONE);
        this.forename = fore.isEmpty() ? null : fore.getFirst();
        this.forenamesJoined = fore.isEmpty() ? null : String.join("", fore);
        this.surnameParts = sur.toArray(NONE);
        this.surname = sur.isEmpty() ? null : String.join("", sur);
        this.surnameCode = code(surname);
        this.partCodes = sur.size() > 1 ? sur.stream().map(Features::code).toArray(String[]::new) : NONE;
        this.forenameCode = forename == null || forename.length() == 1 ? null : code(forename);
        if (record.dateOfBirth() != null) {
            year = record.dateOfBirth().getYear();
            month = record.dateOfBirth().getMonthValue();
            day = record.dateOfBirth().getDayOfMonth();
        } else {
            year = record.yearOfBirth() == null ? 0 : record.yearOfBirth();
            month = 0;
            day = 0;
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<String> outward = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (PersonRecord.Address address : record.addresses()) {
            String postcode = postcode(address.postcode());
            String line = line(address.line());
            if (postcode != null) {
                codes.add(postcode);
                outward.add(postcode.substring(0, postcode.length() - 3));
                keys.add(postcode + "|" + numbers(line));
            } else if (!line.isEmpty()) {
                keys.add(line);
            }
        }
        this.postcodes = codes.toArray(NONE);
        this.districts = outward.toArray(NONE);
        this.addressKeys = keys.toArray(NONE);
        this.phones = record.phones().toArray(NONE);
        this.emails = record.emails().stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        this.vrms = record.vrms().toArray(NONE);
        this.pncs = record.pncs().toArray(NONE);
    }

    boolean hasDate() {
        return day > 0;
    }

    /** The full date of birth as yyyymmdd, 0 when not known to the day. */
    int birth() {
        return hasDate() ? year * 10000 + month * 100 + day : 0;
    }

    static String code(String word) {
        return word == null || word.isEmpty() ? null : METAPHONE.doubleMetaphone(word);
    }

    /** "ct9 2rn", "CT92RN" both give "CT92RN"; null when it cannot be a postcode. */
    static String postcode(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}") ? compact : null;
    }

    /** An address line in one spelling: lower case, common abbreviations written out, no punctuation. */
    static String line(String raw) {
        if (raw == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String w : raw.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(switch (w) {
                    case "rd" -> "road";
                    case "st" -> "street";
                    case "ave", "av" -> "avenue";
                    case "ln" -> "lane";
                    case "cl" -> "close";
                    case "cres" -> "crescent";
                    case "gdns" -> "gardens";
                    case "sq" -> "square";
                    case "ter", "terr" -> "terrace";
                    case "pl" -> "place";
                    case "dr" -> "drive";
                    case "ct" -> "court";
                    default -> w;
                });
            }
        }
        return String.join(" ", words);
    }

    /** The numbers of an address line, which with the postcode pick out the premises: "flat 3 12". */
    private static String numbers(String line) {
        StringBuilder out = new StringBuilder();
        for (String w : line.split(" ")) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
    }
}

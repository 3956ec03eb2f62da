package org.crossforce.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person as one record names them: the unit identity resolution joins. A record naming three
 * people gives three person records.
 *
 * @param key          unique and stable: {@code <document id>#<n>}, n being the person's number in
 *                     the document, the same as the link chart's node {@code person:<key>}
 * @param force        the force code of the record
 * @param sourceSystem the system the record came from ({@code beacon-rms}, or {@code document})
 * @param sourceKey    the record's key in that system; for persons found in documents, the key itself
 * @param forenames    forenames as written, or null
 * @param surname      surname as written, or null
 * @param dateOfBirth  date of birth, or null
 * @param yearOfBirth  year of birth, when only the year is known (or the date's year), or null
 * @param addresses    where the record places the person
 * @param phones       telephone numbers, E.164
 * @param emails       email addresses, normalised
 * @param vrms         registration marks, normalised
 * @param pncs         PNC ids, normalised
 */
public record PersonRecord(String key, String force, String sourceSystem, String sourceKey, String forenames,
        String surname, LocalDate dateOfBirth, Integer yearOfBirth, List<Address> addresses, List<String> phones,
        List<String> emails, List<String> vrms, List<String> pncs) {

    public PersonRecord {
        Objects.requireNonNull(key, "key");
        addresses = List.copyOf(addresses);
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        vrms = List.copyOf(vrms);
        pncs = List.copyOf(pncs);
        if (dateOfBirth != null) {
            yearOfBirth = dateOfBirth.getYear();
        }
    }

    /** The date of birth as dd/MM/yyyy, "born 1985" when only the year is known, or null. */
    public String born() {
        return dateOfBirth != null ? java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(dateOfBirth)
                : yearOfBirth == null ? null : "born " + yearOfBirth;
    }

    /** The name to show: "Jonathan SMYTH". */
    public String name() {
        String f = forenames == null ? "" : forenames.strip();
        String s = surname == null ? "" : surname.strip();
        return (f + " " + s).strip();
    }

    /**
     * An address as written, and its postcode when known.
     *
     * @param line     "12 Dalby Square, Margate", or null
     * @param postcode "CT9 2ER", or null
     */
    public record Address(String line, String postcode) {

        /** The address as one line: "12 Dalby Square, Margate CT9 2ER". */
        public String shown() {
            return line == null ? postcode : postcode == null ? line : line + " " + postcode;
        }
    }
}

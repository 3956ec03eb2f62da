package org.crossforce.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Validates and normalises single values: fields of structured records, and what a Crossforce
 * user types into search. Unlike {@link EntityFinder}, which must not mistake prose for an
 * identifier, these accept every valid form without context, because the caller already says the
 * value is meant as one. Each returns {@link Optional#empty()} when the value fails validation.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** Any UK format, any case and spacing: "ab12 cde" gives "AB12CDE". */
    public static Optional<String> vrm(String raw) {
        return Vrms.normalise(raw);
    }

    /** National (GB) or international; "07700 900123", "+44 7700 900123" give "+447700900123". */
    public static Optional<String> phone(String raw) {
        return Phones.normalise(raw);
    }

    /** Lower-cased. */
    public static Optional<String> email(String raw) {
        return Emails.normalise(raw);
    }

    /** Upper case with one space: "m1 1ae" gives "M1 1AE", "CT92RN" gives "CT9 2RN". */
    public static Optional<String> postcode(String raw) {
        return Postcodes.normalise(raw);
    }

    /** "01/12345H" and "2001/12345H" give "2001/0012345H"; a wrong check letter gives empty. */
    /** A record's address field completed by its postcode field; empty when it is no street address. */
    public static Optional<String> address(String address, String postcode) {
        return Addresses.normalise(address, postcode);
    }

    public static Optional<String> pnc(String raw) {
        return PncIds.normalise(raw);
    }

    /** "qq 12 34 56 c" gives "QQ123456C". */
    public static Optional<String> nino(String raw) {
        return NiNumbers.normalise(raw);
    }

    /** A day in any written form with its year: "14/03/2019", "14th March 2019", "2019-03-14" give "2019-03-14". */
    public static Optional<String> date(String raw) {
        return Dates.parse(raw).map(java.time.LocalDate::toString);
    }

    /**
     * Every identifier a typed query could be, most specific first: "AB12 CDE" gives
     * [vrm:AB12CDE]; "07700 900123" gives [phone:+447700900123]; "m1 1ae" gives
     * [postcode:M1 1AE]; "2001/12345H" gives [pnc:2001/0012345H]; "crack" gives
     * [drug:crack cocaine]; "14/03/2019" gives [date:2019-03-14]; nothing recognisable gives an empty list.
     */
    public static List<EntityId> interpret(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<EntityId> ids = new ArrayList<>();
        add(ids, EntityType.PNC_ID, query, PncIds::normalise);
        add(ids, EntityType.NI_NUMBER, query, NiNumbers::normalise);
        add(ids, EntityType.EMAIL, query, Emails::normalise);
        add(ids, EntityType.PHONE, query, Phones::normalise);
        add(ids, EntityType.POSTCODE, query, Postcodes::normalise);
        add(ids, EntityType.VEHICLE, query, Vrms::normalise);
        add(ids, EntityType.ADDRESS, query, q -> Addresses.normalise(q, null));
        add(ids, EntityType.DATE, query, Identifiers::date);
        Terms.standard().exact(query).ifPresent(term -> ids.add(new EntityId(term.type(), term.canonical())));
        return List.copyOf(ids);
    }

    private static void add(List<EntityId> ids, EntityType type, String query,
            Function<String, Optional<String>> normalise) {
        normalise.apply(query).ifPresent(value -> ids.add(new EntityId(type, value)));
    }
}

package org.crossforce.corpus.population;

/** A fictional address in a real place; {@code premises} is a house number, flat or spot. */
public record Address(String id, String premises, String street, String locality, String town, String postcode,
        double lat, double lon, CorpusForce force) {

    /** {@code 12 Dalby Square, Margate}, {@code 7 Mare Street, Hackney, London}, {@code Platform 4, Victoria station, London}. */
    public String line() {
        boolean numbered = !premises.isEmpty() && (Character.isDigit(premises.charAt(0)) || premises.startsWith("Flat "));
        String first = premises.isEmpty() ? street : premises + (numbered ? " " : ", ") + street;
        return locality.equals(town) ? first + ", " + town : first + ", " + locality + ", " + town;
    }

    public String full() {
        return line() + " " + postcode;
    }
}

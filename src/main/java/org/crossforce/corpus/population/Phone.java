package org.crossforce.corpus.population;

/** A number from Ofcom's drama ranges, held as national digits such as {@code 07700900481}. */
public record Phone(String id, String digits) {

    public boolean mobile() {
        return digits.startsWith("07");
    }
}

package org.crossforce.corpus.population;

import java.util.Arrays;

/**
 * The forces a corpus is written for, with the share of files each gets. The skew follows the
 * forces' relative size: the Met dominates, the City of London is small.
 */
public enum CorpusForce {
    METROPOLITAN("metropolitan", "Metropolitan Police Service", "MPS", "met.police.example", 34),
    CITY_OF_LONDON("city-of-london", "City of London Police", "COL", "cityoflondon.police.example", 11),
    KENT("kent", "Kent Police", "KNT", "kent.police.example", 21),
    BTP("btp", "British Transport Police", "BTP", "btp.police.example", 15),
    ESSEX("essex", "Essex Police", "ESX", "essex.police.example", 19);

    private final String id;
    private final String displayName;
    private final String prefix;
    private final String mailDomain;
    private final int weight;

    CorpusForce(String id, String displayName, String prefix, String mailDomain, int weight) {
        this.id = id;
        this.displayName = displayName;
        this.prefix = prefix;
        this.mailDomain = mailDomain;
        this.weight = weight;
    }

    /** The data.police.uk force id, which is also the corpus folder. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Three letters used in the force's references, e.g. {@code KNT/25/004512}. */
    public String prefix() {
        return prefix;
    }

    public String mailDomain() {
        return mailDomain;
    }

    public static int[] weights() {
        return Arrays.stream(values()).mapToInt(f -> f.weight).toArray();
    }
}

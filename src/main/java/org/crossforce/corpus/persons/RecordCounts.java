package org.crossforce.corpus.persons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Nominal;

/**
 * How many records each person has, and the order of the rows. Counts have a heavy tail but a
 * bounded one: most people have one to three records, some five to fifteen, a few up to forty;
 * a handful of nominals with thousands would make every evaluation about them.
 */
final class RecordCounts {

    /** 1 + floor(e^(MU + SIGMA z)), z standard normal, at most MOST: a mean of 4.5 records. */
    static final double MEAN = 4.5;
    static final int MOST = 40;
    private static final double MU = 0.9;
    private static final double SIGMA = 1.0;

    private RecordCounts() {
    }

    /**
     * For each row in file order, the index of the nominal whose record it is. People are taken in
     * a shuffled order, each with their namesake, until there are {@code records} rows; the rows
     * are then shuffled, so that one person's records are seldom adjacent.
     */
    static int[] owners(long seed, List<Nominal> nominals, int records) {
        int[] counts = new int[nominals.size()];
        int total = 0;
        for (int index : households(seed, nominals)) {
            if (total == records) {
                break;
            }
            counts[index] = Math.min(records - total, count(Dice.of(seed, "person-record-count", index)));
            total += counts[index];
        }
        Dice dice = Dice.of(seed, "person-record-order", 0);
        while (total < records) {
            // Everyone has records by now: a few more for people picked at random.
            int index = dice.below(counts.length);
            if (counts[index] < MOST) {
                counts[index]++;
                total++;
            }
        }
        int[] owners = new int[records];
        int row = 0;
        for (int index = 0; index < counts.length; index++) {
            for (int n = 0; n < counts[index]; n++) {
                owners[row++] = index;
            }
        }
        shuffle(owners, dice);
        return owners;
    }

    static int count(Dice dice) {
        return (int) Math.min(MOST, 1 + Math.floor(Math.exp(MU + SIGMA * dice.gaussian())));
    }

    /** Indexes of the nominals: people in a shuffled order, each followed by their namesake if any. */
    private static int[] households(long seed, List<Nominal> nominals) {
        Map<String, Integer> byId = new HashMap<>();
        int pairs = 0;
        for (int i = 0; i < nominals.size(); i++) {
            byId.put(nominals.get(i).id(), i);
            pairs += nominals.get(i).namesake() != null ? 1 : 0;
        }
        int people = nominals.size() - pairs / 2;
        int[] order = new int[people];
        for (int i = 0; i < people; i++) {
            order[i] = i;
        }
        shuffle(order, Dice.of(seed, "person-households", 0));
        int[] households = new int[nominals.size()];
        int at = 0;
        for (int index : order) {
            households[at++] = index;
            String namesake = nominals.get(index).namesake();
            if (namesake != null) {
                households[at++] = byId.get(namesake);
            }
        }
        return households;
    }

    private static void shuffle(int[] items, Dice dice) {
        for (int i = items.length - 1; i > 0; i--) {
            int j = dice.below(i + 1);
            int swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
    }
}

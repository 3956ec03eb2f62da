package org.crossforce.corpus.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.crossforce.corpus.population.CorpusForce;
import org.crossforce.corpus.population.Dice;

/**
 * Decides what every file of the corpus will be before any is written. The first files cover
 * every kind once and the forces in turn, so even a corpus of a few dozen files has every format;
 * after that kinds and forces follow their weights.
 */
public final class Planner {

    private Planner() {
    }

    public static List<Slot> plan(long seed, int size) {
        Dice dice = Dice.of(seed, "plan", 0);
        List<Kind> firsts = new ArrayList<>(List.of(Kind.values()));
        Collections.shuffle(firsts, new Random(dice.nextLong()));
        int[] kindWeights = java.util.Arrays.stream(Kind.values()).mapToInt(Kind::weight).toArray();
        int[] forceWeights = CorpusForce.weights();
        Map<Kind, Integer> ordinals = new EnumMap<>(Kind.class);
        List<Slot> slots = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Kind kind = i < firsts.size() ? firsts.get(i) : Kind.values()[dice.weighted(kindWeights)];
            CorpusForce force = i < firsts.size() ? CorpusForce.values()[i % CorpusForce.values().length]
                    : CorpusForce.values()[dice.weighted(forceWeights)];
            int ordinal = ordinals.merge(kind, 1, Integer::sum) - 1;
            slots.add(new Slot(i, kind, force, ordinal));
        }
        return slots;
    }
}

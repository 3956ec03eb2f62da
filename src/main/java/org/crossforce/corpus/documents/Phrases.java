package org.crossforce.corpus.documents;

import java.util.Arrays;
import java.util.List;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.writing.Expected;

/**
 * The phrase a test or an evaluation looks for in a file: the first words of one of its
 * sentences, exactly as written, entity noise included.
 */
final class Phrases {

    private static final int WORDS = 7;

    private Phrases() {
    }

    static Expected text(List<String> sentences, Dice dice, String part) {
        return new Expected(phrase(dice.pick(sentences)), "text", part);
    }

    static Expected ocr(List<String> sentences, Dice dice, String part) {
        return new Expected(phrase(dice.pick(sentences)), "ocr", part);
    }

    static String phrase(String sentence) {
        String[] words = sentence.trim().split("\\s+");
        String phrase = String.join(" ", Arrays.copyOf(words, Math.min(WORDS, words.length)));
        return phrase.replaceAll("[.,;:]+$", "");
    }
}

package org.crossforce.corpus.population;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import net.datafaker.Faker;

/**
 * Forenames and surnames from datafaker, seeded. Its en-GB locale carries only counties and falls
 * back to US English name lists, so names are drawn from en-GB and five other English locales in
 * proportions that resemble a mixed UK population (mostly Anglo names from en-AU, then Irish,
 * South Asian and Nigerian names).
 */
final class Names {

    private static final String[] LOCALES = {"en-GB", "en-AU", "en-IE", "en-IN", "en-PK", "en-NG"};
    private static final int[] WEIGHTS = {10, 56, 7, 8, 9, 10};

    private final Faker[] fakers = new Faker[LOCALES.length];

    Names(long seed) {
        for (int i = 0; i < LOCALES.length; i++) {
            fakers[i] = new Faker(Locale.forLanguageTag(LOCALES[i]), new Random(Dice.mix(seed * 31 + i)));
        }
    }

    /** A forename and surname that come from the same locale, so that they look like one person. */
    String[] next(Dice dice) {
        Faker faker = fakers[dice.weighted(WEIGHTS)];
        return new String[] {clean(faker.name().firstName()), clean(faker.name().lastName())};
    }

    String surname(Dice dice) {
        return clean(fakers[dice.weighted(WEIGHTS)].name().lastName());
    }

    /**
     * One word, Latin-1 only: PDFs use the standard Helvetica font and its WinAnsi encoding, which
     * has é and á but no ł or ş. Accents beyond Latin-1 are dropped rather than mangled.
     */
    static String clean(String raw) {
        String word = raw.trim().split("\\s+")[0];
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (c <= 0xFF) {
                out.append(c);
            } else {
                String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(plain.length() == 1 && plain.charAt(0) <= 0xFF ? plain : "");
            }
        }
        String cleaned = out.toString().replaceAll("[^\\p{L}'-]", "");
        if (cleaned.length() < 2) {
            return "Smith";
        }
        return Character.toUpperCase(cleaned.charAt(0)) + cleaned.substring(1);
    }
}

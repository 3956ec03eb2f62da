package org.crossforce.esplugin;

import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.phonetic.BeiderMorseFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Beider-Morse keys for names from many languages, where Double Metaphone (built for English)
 * is weak: it guesses the language of each name and gives approximate pronunciations.
 * Slower and yields more keys per name than Double Metaphone, so meant for name fields only.
 */
@NamedComponent("crossforce_beider_morse")
public class BeiderMorseTokenFilterFactory implements TokenFilterFactory {

    // The engine loads its rule tables once and is thread-safe, so one serves every index.
    private static final PhoneticEngine ENGINE = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);

    @Override
    public TokenStream create(TokenStream input) {
        return new BeiderMorseFilter(input, ENGINE);
    }
}

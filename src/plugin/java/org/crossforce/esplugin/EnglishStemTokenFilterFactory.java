package org.crossforce.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * English stemming with KStem rather than Porter. Both make "burglaries" and "burglary" one term,
 * but Porter also merges words an analyst must keep apart: "witnesses" becomes "wit", "police" and
 * "policy" both become "polic", "university" and "universe" both "univers", "organization" and
 * "organ" both "organ". KStem checks its dictionary and gives real words, so a search returns
 * fewer unrelated records; what it misses ("knives"/"knife") is cheaper than a false match.
 * Expects lower-cased input.
 */
@NamedComponent("crossforce_english_stem")
public class EnglishStemTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new KStemFilter(input);
    }
}

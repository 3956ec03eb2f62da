package org.crossforce.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Folds accents and ligatures ("Café" to "cafe", "Łukasz" to "Lukasz"): records and users often
 * disagree on diacritics, and a search must not miss a name for want of one.
 */
@NamedComponent("crossforce_folding")
public class FoldingTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new ASCIIFoldingFilter(input);
    }

    // Folding is a normalisation, so query-string prefix, wildcard and fuzzy terms get it too: "CAFÉ*" finds "cafe".
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}

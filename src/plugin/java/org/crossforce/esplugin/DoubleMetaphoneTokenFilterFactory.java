package org.crossforce.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Sound-alike keys for names ("Smyth" and "Smith" share SM0 and XMT). The original token is not
 * kept: this filter feeds a separate phonetic sub-field, and exact matches are scored on the
 * plain field, so the keys alone keep that field small and its scores meaningful.
 */
@NamedComponent("crossforce_double_metaphone")
public class DoubleMetaphoneTokenFilterFactory implements TokenFilterFactory {

    // Longer than the usual 4 so long surnames ("Richardson", "Richards") keep distinct keys.
    private static final int MAX_CODE_LENGTH = 6;

    @Override
    public TokenStream create(TokenStream input) {
        return new DoubleMetaphoneFilter(input, MAX_CODE_LENGTH, false);
    }
}

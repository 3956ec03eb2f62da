package org.crossforce.esplugin;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Lower-casing that Crossforce owns, so its analyzers never depend on the server shipping the
 * analysis-common module, where the {@code lowercase} filter lives (the embedded server lacks it).
 */
@NamedComponent("crossforce_lowercase")
public class LowerCaseTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new LowerCaseFilter(input);
    }

    // Applied to prefix, wildcard and fuzzy terms of query strings, so "SMITH*" finds "smith".
    // (Elasticsearch does not let custom keyword normalizers use plugin filters at all.)
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}

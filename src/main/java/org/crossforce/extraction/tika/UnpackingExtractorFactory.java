package org.crossforce.extraction.tika;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentExtractorFactory;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;

/**
 * Named in the child's Tika configuration, so Tika instantiates it by reflection: hence public. Tika
 * asks it once per file, with the file's own metadata.
 */
public final class UnpackingExtractorFactory implements EmbeddedDocumentExtractorFactory {

    private static final long serialVersionUID = 1L;

    @Override
    public EmbeddedDocumentExtractor newInstance(Metadata metadata, ParseContext context) {
        UnpackSettings settings = context.get(UnpackSettings.class);
        return settings == null ? new ParsingEmbeddedDocumentExtractor(context)
                : new UnpackingExtractor(context, settings, metadata);
    }
}

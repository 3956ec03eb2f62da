package org.crossforce.extraction.tika;

import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.pipes.PipesResult;
import org.crossforce.extraction.ExtractionFailedException;
import org.crossforce.extraction.ExtractionProperties;

/** What a child answered for one file: the metadata list, or the reason it has none. */
final class Results {

    private Results() {
    }

    static List<Metadata> metadata(PipesResult result, ExtractionProperties properties) throws ExtractionFailedException {
        PipesResult.STATUS status = result.getStatus();
        if ((status == PipesResult.STATUS.PARSE_SUCCESS || status == PipesResult.STATUS.PARSE_SUCCESS_WITH_EXCEPTION)
                && result.getEmitData() != null && !result.getEmitData().getMetadataList().isEmpty()) {
            return result.getEmitData().getMetadataList();
        }
        String format = "The " + Formats.describe(detectedType(result));
        throw new ExtractionFailedException(switch (status) {
            case TIMEOUT -> format + " took longer than " + Reasons.duration(properties.timeout())
                    + " to read, so reading was stopped. It may be very large, damaged or deliberately malformed.";
            case OOM -> format + " needed more memory than extraction may use ("
                    + Reasons.size(properties.childHeap().toBytes())
                    + "), so reading was stopped. It may be damaged or deliberately malformed.";
            case UNSPECIFIED_CRASH -> "The process reading the " + format.substring(4)
                    + " stopped unexpectedly. The file may be damaged or deliberately malformed.";
            case CLIENT_UNAVAILABLE_WITHIN_MS -> "Extraction is busy with other files; try again later.";
            case FETCH_EXCEPTION -> "The file could not be opened for reading ("
                    + Reasons.firstLine(String.valueOf(result.getMessage())) + ").";
            case INTERRUPTED_EXCEPTION -> "Extraction was interrupted while the file was being read.";
            default -> format + " could not be read (" + status.name().toLowerCase().replace('_', ' ') + ").";
        });
    }

    /** After a timeout or crash, the type the child detected before parsing, when it got that far. */
    private static String detectedType(PipesResult result) {
        if (result.getEmitData() == null || result.getEmitData().getMetadataList().isEmpty()) {
            return null;
        }
        return result.getEmitData().getMetadataList().getFirst().get(Metadata.CONTENT_TYPE);
    }
}

package org.crossforce.extraction.tika;

import java.io.Serializable;

/**
 * Sent with each file to the child process (in the ParseContext, hence serializable): where to put
 * the bytes of embedded files and the limits of unpacking.
 *
 * @param directory   the job's directory for embedded bytes, made by the parent
 * @param maxDepth    embedded files deeper than this are kept but not opened
 * @param maxCount    embedded files beyond this many are skipped
 * @param maxFileSize an embedded file larger than this is not read
 * @param maxExpanded all embedded files of one file together; beyond this it is a zip bomb
 */
record UnpackSettings(String directory, int maxDepth, int maxCount, long maxFileSize, long maxExpanded)
        implements Serializable {
}

package org.crossforce.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An image the police published with an appeal, opened for reading: a stream, not a file, so that a
 * separate portal passes it on from the workbench without keeping it. Whoever is handed it closes it.
 *
 * @param size its length in bytes, or -1 when not known
 */
public record AppealImage(String mediaType, long size, InputStream content) implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}

package org.crossforce.support;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The documents under src/test/resources/documents. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path document(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/documents/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("No test document " + name, e);
        }
    }
}

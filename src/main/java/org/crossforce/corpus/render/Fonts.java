package org.crossforce.corpus.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font for everything drawn as pixels: Liberation Sans, which PDFBox carries in its jar. Using
 * it rather than whatever the machine has installed keeps scans and photos identical everywhere.
 */
final class Fonts {

    private static final Font SANS = load();

    private Fonts() {
    }

    static Font sans(int style, float size) {
        return SANS.deriveFont(style, size);
    }

    private static Font load() {
        try (InputStream in = org.apache.pdfbox.pdmodel.PDDocument.class
                .getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Liberation Sans is missing from the PDFBox jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}

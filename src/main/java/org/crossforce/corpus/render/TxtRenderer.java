package org.crossforce.corpus.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Plain text as records systems export it: headings in capitals, fields one per line. */
public final class TxtRenderer {

    private TxtRenderer() {
    }

    public static byte[] render(TextDocument doc) {
        StringBuilder out = new StringBuilder();
        out.append(doc.marking()).append('\n').append(TextDocument.BANNER).append('\n').append(doc.handlingLine())
                .append("\n\n").append(doc.title().toUpperCase(Locale.UK)).append("\n\n");
        TextDocument.Type previous = null;
        for (TextDocument.Block block : doc.blocks()) {
            if (previous == TextDocument.Type.FIELD && block.type() != TextDocument.Type.FIELD) {
                out.append('\n');
            }
            switch (block.type()) {
                case FIELD -> out.append(block.text()).append('\n');
                case HEADING -> out.append(block.text().toUpperCase(Locale.UK)).append('\n');
                case PARAGRAPH -> out.append(block.text()).append("\n\n");
            }
            previous = block.type();
        }
        out.append(previous == TextDocument.Type.FIELD ? "\n" : "").append(doc.marking()).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}

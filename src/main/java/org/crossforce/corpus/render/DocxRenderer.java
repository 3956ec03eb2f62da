package org.crossforce.corpus.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word documents (POI XWPF) with core properties: title, author, marking as category, created date. */
public final class DocxRenderer {

    private DocxRenderer() {
    }

    public static byte[] render(TextDocument doc) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var props = word.getProperties().getCoreProperties();
            Date created = Date.from(doc.created().toInstant());
            props.setTitle(doc.title());
            props.setCreator(doc.author());
            props.setLastModifiedByUser(doc.author());
            props.setCategory(doc.marking());
            props.setCreated(Optional.of(created));
            props.setModified(Optional.of(created));
            word.getProperties().getExtendedProperties().getUnderlyingProperties()
                    .setApplication("Crossforce corpus generator");

            paragraph(word, doc.marking(), true, 11, ParagraphAlignment.CENTER);
            paragraph(word, TextDocument.BANNER + "\n" + doc.handlingLine(), false, 9, ParagraphAlignment.LEFT);
            paragraph(word, doc.title(), true, 15, ParagraphAlignment.LEFT);
            for (TextDocument.Block block : doc.blocks()) {
                switch (block.type()) {
                    case HEADING -> paragraph(word, block.text(), true, 12, ParagraphAlignment.LEFT);
                    case FIELD -> paragraph(word, block.text(), false, 10, ParagraphAlignment.LEFT);
                    case PARAGRAPH -> paragraph(word, block.text(), false, 11, ParagraphAlignment.BOTH);
                }
            }
            paragraph(word, doc.marking(), true, 11, ParagraphAlignment.CENTER);
            word.write(bytes);
            return StableZip.rewrite(bytes.toByteArray(), doc.created().toLocalDateTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument word, String text, boolean bold, int size, ParagraphAlignment align) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("Arial");
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}

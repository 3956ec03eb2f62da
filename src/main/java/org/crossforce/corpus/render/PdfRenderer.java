package org.crossforce.corpus.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs with PDFBox: text PDFs on A4 with the marking at the top and bottom of every page, and
 * image-only PDFs as a scanner makes them. Both get a document ID derived from the file's name,
 * not from the clock, so that the same corpus comes out byte for byte the same.
 */
public final class PdfRenderer {

    /** PDFBox fonts cache glyph widths in plain maps: one pair per thread, never shared. */
    private static final ThreadLocal<PDType1Font[]> FONTS = ThreadLocal.withInitial(
            () -> new PDType1Font[] {new PDType1Font(FontName.HELVETICA), new PDType1Font(FontName.HELVETICA_BOLD)});
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private PdfRenderer() {
    }

    public static byte[] render(TextDocument doc, String key) {
        PDType1Font regular = FONTS.get()[0];
        PDType1Font bold = FONTS.get()[1];
        try (PDDocument pdf = new PDDocument()) {
            info(pdf, doc, "Crossforce corpus generator");
            Pages pages = new Pages(pdf, doc.marking(), bold);
            pages.write(TextDocument.BANNER + "\n" + doc.handlingLine(), regular, 8.5f);
            pages.write(doc.title(), bold, 14);
            for (TextDocument.Block block : doc.blocks()) {
                switch (block.type()) {
                    case HEADING -> pages.write(block.text(), bold, 11.5f);
                    case FIELD -> pages.line(block.text(), regular, 10);
                    case PARAGRAPH -> pages.write(block.text(), regular, 10.5f);
                }
            }
            pages.close();
            return save(pdf, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page per image, no text layer: only OCR can read it. */
    public static byte[] scanned(TextDocument doc, List<BufferedImage> pagesAt150Dpi, String key) {
        try (PDDocument pdf = new PDDocument()) {
            info(pdf, doc, "Crossforce test scanner");
            for (BufferedImage image : pagesAt150Dpi) {
                float w = image.getWidth() * 72f / 150;
                float h = image.getHeight() * 72f / 150;
                PDPage page = new PDPage(new PDRectangle(w, h));
                pdf.addPage(page);
                PDImageXObject xobject = JPEGFactory.createFromImage(pdf, image, 0.8f, 150);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    out.drawImage(xobject, 0, 0, w, h);
                }
            }
            return save(pdf, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void info(PDDocument pdf, TextDocument doc, String creator) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        GregorianCalendar created = GregorianCalendar.from(doc.created());
        info.setTitle(safe(doc.title()));
        info.setAuthor(safe(doc.author()));
        info.setSubject(doc.marking());
        info.setCreator(creator);
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    private static byte[] save(PDDocument pdf, String key) throws IOException {
        COSString id = new COSString(md5(key));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }

    private static byte[] md5(String key) {
        try {
            return MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Helvetica's WinAnsi encoding has Latin-1, dashes and curly quotes; anything else becomes '?'. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean latin1 = (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF);
            out.append(latin1 || "–—‘’“”€•".indexOf(c) >= 0 ? c : '?');
        }
        return out.toString();
    }

    /** Writes wrapped lines onto A4 pages, each page carrying its marking at the top and the bottom. */
    private static final class Pages {
        private final PDDocument pdf;
        private final String marking;
        private final PDType1Font bold;
        private PDPageContentStream out;
        private float y;
        private float markingX;

        Pages(PDDocument pdf, String marking, PDType1Font bold) {
            this.pdf = pdf;
            this.marking = marking;
            this.bold = bold;
        }

        void write(String paragraph, PDType1Font font, float size) throws IOException {
            for (String line : paragraph.split("\n")) {
                for (String wrapped : wrap(safe(line), font, size)) {
                    line(wrapped, font, size, 1.35f);
                }
            }
            y -= size * 0.8f;
        }

        void line(String text, PDType1Font font, float size) throws IOException {
            for (String wrapped : wrap(safe(text), font, size)) {
                line(wrapped, font, size, 1.3f);
            }
        }

        private void line(String text, PDType1Font font, float size, float leading) throws IOException {
            if (out == null || y < MARGIN + 2 * size) {
                newPage();
            }
            text(text, font, size, MARGIN, y);
            y -= size * leading;
        }

        private List<String> wrap(String line, PDType1Font font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            out = new PDPageContentStream(pdf, page);
            markingX = (PDRectangle.A4.getWidth() - bold.getStringWidth(marking) / 1000 * 10) / 2;
            text(marking, bold, 10, markingX, PDRectangle.A4.getHeight() - 32);
            y = PDRectangle.A4.getHeight() - MARGIN - 10;
        }

        private void text(String s, PDType1Font font, float size, float x, float atY) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, atY);
            out.showText(s);
            out.endText();
        }

        void close() throws IOException {
            if (out == null) {
                return;
            }
            text(marking, bold, 10, markingX, 24);
            out.close();
            out = null;
        }
    }
}

package org.crossforce.extraction.tika;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Pictures of text, as a scanner or a phone camera would give them: no text layer at all. */
final class Images {

    private Images() {
    }

    static BufferedImage of(String... lines) {
        BufferedImage image = new BufferedImage(1400, 120 + 90 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 56));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 110 + 90 * i);
        }
        g.dispose();
        return image;
    }

    static Path png(Path file, BufferedImage image) throws IOException {
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static Path jpeg(Path file, BufferedImage image) throws IOException {
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    /** A PDF whose pages are only this image, as a scanner makes them. */
    static Path scannedPdf(Path file, BufferedImage image, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float width = page.getMediaBox().getWidth() - 60;
                    float height = width * image.getHeight() / image.getWidth();
                    content.drawImage(picture, 30, page.getMediaBox().getHeight() - 60 - height, width, height);
                }
            }
            document.save(file.toFile());
        }
        return file;
    }
}

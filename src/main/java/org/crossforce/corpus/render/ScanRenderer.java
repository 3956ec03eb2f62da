package org.crossforce.corpus.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.crossforce.corpus.population.Dice;

/**
 * A typed document as it comes off a scanner: grey paper, slightly dark text, the page a degree or
 * so askew on a darker lid, and specks of dust. Drawn at 150 dpi with text large enough that
 * Tesseract reads it, so OCR results are realistic rather than hopeless.
 */
public final class ScanRenderer {

    private static final int WIDTH = 1240;
    private static final int MIN_HEIGHT = 1754;
    private static final int MARGIN = 110;

    private ScanRenderer() {
    }

    public static BufferedImage render(TextDocument doc, Dice dice) {
        List<Line> lines = layout(doc);
        int height = Math.max(MIN_HEIGHT, lines.stream().mapToInt(Line::advance).sum() + 2 * MARGIN);
        int paper = dice.between(228, 246);
        int ink = dice.between(20, 60);
        int lid = dice.between(90, 150);
        int border = 36;
        double degrees = (0.4 + dice.unit() * 1.3) * (dice.chance(0.5) ? 1 : -1);
        BufferedImage scan = new BufferedImage(WIDTH + 2 * border, height + 2 * border, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        g.setColor(new Color(lid, lid, lid));
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        // The page is drawn askew directly, rather than drawn straight and resampled: half the work.
        g.translate(border, border);
        g.rotate(Math.toRadians(degrees), WIDTH / 2.0, height / 2.0);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(new Color(ink, ink, ink));
        int y = MARGIN;
        for (Line line : lines) {
            g.setFont(line.font());
            FontMetrics metrics = g.getFontMetrics();
            int x = line.centred() ? (WIDTH - metrics.stringWidth(line.text())) / 2 : MARGIN;
            g.drawString(line.text(), x, y + metrics.getAscent());
            y += line.advance();
        }
        g.dispose();
        return speckle(scan, dice);
    }

    /** Dust and toner specks: enough to look scanned, too few to hide a letter. */
    private static BufferedImage speckle(BufferedImage scan, Dice dice) {
        int specks = scan.getWidth() * scan.getHeight() / 2500;
        var raster = scan.getRaster();
        for (int i = 0; i < specks; i++) {
            int x = dice.below(scan.getWidth() - 2);
            int y = dice.below(scan.getHeight() - 2);
            int shade = dice.chance(0.8) ? dice.between(60, 160) : dice.between(200, 255);
            int size = dice.chance(0.85) ? 1 : 2;
            for (int dx = 0; dx < size; dx++) {
                for (int dy = 0; dy < size; dy++) {
                    raster.setSample(x + dx, y + dy, 0, shade);
                }
            }
        }
        return scan;
    }

    private record Line(String text, Font font, int advance, boolean centred) {
    }

    private static List<Line> layout(TextDocument doc) {
        Font body = Fonts.sans(Font.PLAIN, 25);
        Font small = Fonts.sans(Font.PLAIN, 19);
        Font bold = Fonts.sans(Font.BOLD, 25);
        Font title = Fonts.sans(Font.BOLD, 32);
        FontMetrics bodyMetrics = metrics(body);
        FontMetrics smallMetrics = metrics(small);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(doc.marking(), bold, 50, true));
        for (String l : wrap(TextDocument.BANNER, smallMetrics)) {
            lines.add(new Line(l, small, 26, false));
        }
        lines.add(new Line(doc.handlingLine(), small, 44, false));
        lines.add(new Line(doc.title(), title, 58, false));
        for (TextDocument.Block block : doc.blocks()) {
            switch (block.type()) {
                case HEADING -> lines.add(new Line(block.text(), bold, 44, false));
                case FIELD -> wrap(block.text(), bodyMetrics).forEach(l -> lines.add(new Line(l, body, 36, false)));
                case PARAGRAPH -> {
                    wrap(block.text(), bodyMetrics).forEach(l -> lines.add(new Line(l, body, 36, false)));
                    lines.add(new Line("", body, 18, false));
                }
            }
        }
        lines.add(new Line(doc.marking(), bold, 50, true));
        return lines;
    }

    private static List<String> wrap(String text, FontMetrics metrics) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && metrics.stringWidth(candidate) > WIDTH - 2 * MARGIN) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.dispose();
        return metrics;
    }
}

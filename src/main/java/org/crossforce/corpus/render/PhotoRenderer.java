package org.crossforce.corpus.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.crossforce.corpus.population.Dice;

/**
 * A phone photo: a simple street scene drawn with Java 2D (buildings, a car with its number plate,
 * a caption), saved as JPEG with the EXIF a phone writes: make, model, the time it was taken and
 * GPS latitude and longitude.
 */
public final class PhotoRenderer {

    private static final int WIDTH = 1024;
    private static final int HEIGHT = 768;
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final Map<String, Color> PAINT = Map.of("grey", new Color(120, 124, 128), "black",
            new Color(28, 28, 30), "white", new Color(236, 236, 232), "silver", new Color(190, 192, 196), "blue",
            new Color(32, 64, 150), "red", new Color(170, 24, 24), "green", new Color(30, 100, 52), "orange",
            new Color(230, 120, 24), "yellow", new Color(228, 200, 36), "bronze", new Color(140, 100, 52));

    /** What the picture shows and where and when it was taken. {@code plate} may be null. */
    public record Photo(String plate, String colour, List<String> caption, ZonedDateTime taken, double lat,
            double lon, String make, String model, String software) {
    }

    private PhotoRenderer() {
    }

    public static byte[] render(Photo photo, Dice dice) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int hour = photo.taken().getHour();
        boolean summer = photo.taken().getMonthValue() >= 4 && photo.taken().getMonthValue() <= 9;
        boolean dark = summer ? hour < 5 || hour >= 21 : hour < 7 || hour >= 17;
        sky(g, dark);
        buildings(g, dice, dark);
        street(g);
        if (photo.plate() != null) {
            car(g, photo, dice);
        }
        caption(g, photo.caption());
        g.dispose();
        return withExif(Images.jpeg(image, 0.86f), photo);
    }

    private static void sky(Graphics2D g, boolean dark) {
        Color top = dark ? new Color(12, 16, 38) : new Color(110, 160, 220);
        Color bottom = dark ? new Color(40, 44, 70) : new Color(200, 220, 240);
        g.setPaint(new GradientPaint(0, 0, top, 0, 420, bottom));
        g.fillRect(0, 0, WIDTH, 420);
    }

    private static void buildings(Graphics2D g, Dice dice, boolean dark) {
        int x = -dice.between(0, 60);
        while (x < WIDTH) {
            int w = dice.between(140, 260);
            int h = dice.between(170, 320);
            int brick = dice.between(0, 3);
            Color wall = switch (brick) {
                case 0 -> new Color(150, 80, 60);
                case 1 -> new Color(190, 170, 140);
                case 2 -> new Color(120, 110, 100);
                default -> new Color(210, 200, 190);
            };
            g.setColor(dark ? wall.darker().darker() : wall);
            g.fillRect(x, 420 - h, w, h);
            for (int wy = 440 - h; wy < 380; wy += 55) {
                for (int wx = x + 18; wx < x + w - 40; wx += 52) {
                    g.setColor(dark ? (dice.chance(0.4) ? new Color(250, 220, 120) : new Color(30, 30, 40))
                            : new Color(150, 180, 200));
                    g.fillRect(wx, wy, 30, 36);
                }
            }
            x += w + dice.between(0, 12);
        }
    }

    private static void street(Graphics2D g) {
        g.setColor(new Color(150, 150, 146));
        g.fillRect(0, 420, WIDTH, 40);
        g.setColor(new Color(64, 64, 68));
        g.fillRect(0, 460, WIDTH, 308);
        g.setColor(new Color(230, 230, 230));
        g.setStroke(new BasicStroke(6));
        for (int x = 20; x < WIDTH; x += 120) {
            g.drawLine(x, 660, x + 60, 660);
        }
    }

    private static void car(Graphics2D g, Photo photo, Dice dice) {
        int x = dice.between(150, 380);
        int y = 430;
        Color body = PAINT.getOrDefault(photo.colour(), Color.GRAY);
        g.setColor(body);
        g.fillRoundRect(x, y + 60, 460, 130, 40, 40);
        g.fillRoundRect(x + 80, y, 290, 100, 50, 50);
        g.setColor(new Color(60, 80, 100));
        g.fillRoundRect(x + 100, y + 15, 115, 60, 16, 16);
        g.fillRoundRect(x + 235, y + 15, 115, 60, 16, 16);
        g.setColor(new Color(20, 20, 20));
        g.fillOval(x + 50, y + 150, 90, 90);
        g.fillOval(x + 320, y + 150, 90, 90);
        // The rear plate: yellow, black characters, as on every UK car.
        Font plateFont = Fonts.sans(Font.BOLD, 34);
        g.setFont(plateFont);
        FontMetrics metrics = g.getFontMetrics();
        int plateWidth = metrics.stringWidth(photo.plate()) + 30;
        int px = x + 230 - plateWidth / 2;
        g.setColor(new Color(246, 206, 30));
        g.fillRect(px, y + 118, plateWidth, 48);
        g.setColor(Color.BLACK);
        g.drawString(photo.plate(), px + 15, y + 118 + 38);
    }

    private static void caption(Graphics2D g, List<String> lines) {
        Font font = Fonts.sans(Font.PLAIN, 26);
        g.setFont(font);
        int barHeight = 16 + lines.size() * 34;
        g.setColor(new Color(0, 0, 0, 190));
        g.fillRect(0, HEIGHT - barHeight, WIDTH, barHeight);
        g.setColor(Color.WHITE);
        int y = HEIGHT - barHeight + 34;
        for (String line : lines) {
            g.drawString(line, 20, y);
            y += 34;
        }
    }

    private static byte[] withExif(byte[] jpeg, Photo photo) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            String time = EXIF_TIME.format(photo.taken());
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_MAKE, photo.make());
            root.add(TiffTagConstants.TIFF_TAG_MODEL, photo.model());
            root.add(TiffTagConstants.TIFF_TAG_SOFTWARE, photo.software());
            root.add(TiffTagConstants.TIFF_TAG_DATE_TIME, time);
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 1);
            TiffOutputDirectory camera = exif.getOrCreateExifDirectory();
            camera.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, time);
            camera.add(ExifTagConstants.EXIF_TAG_DATE_TIME_DIGITIZED, time);
            exif.setGpsInDegrees(photo.lon(), photo.lat());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IllegalStateException("Could not write EXIF", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

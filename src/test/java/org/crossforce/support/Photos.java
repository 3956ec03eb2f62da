package org.crossforce.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Photos as a phone takes them: a JPEG with the place it was taken in its EXIF. */
public final class Photos {

    private Photos() {
    }

    /** A JPEG of about the given size, with a GPS position when latitude is not null. */
    public static Path jpeg(Path file, String caption, Double latitude, Double longitude, int approximateBytes)
            throws IOException {
        int side = (int) Math.max(200, Math.sqrt(approximateBytes / 0.6));
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        java.util.Random noise = new java.util.Random(caption.hashCode());
        for (int y = 0; y < side; y += 4) {
            for (int x = 0; x < side; x += 4) {
                g.setColor(new Color(noise.nextInt(0xFFFFFF)));
                g.fillRect(x, y, 4, 4);
            }
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString(caption, 20, 40);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (latitude == null) {
                out.write(plain.toByteArray());
            } else {
                TiffOutputSet exif = new TiffOutputSet();
                exif.setGpsInDegrees(longitude, latitude);
                new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
            }
        }
        return file;
    }
}

package org.crossforce.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * A photo for the portal's load benchmark: real JPEG bytes, so that the portal's content check
 * takes it for a photo and reads it as one. Coloured noise, so that it stays as large as a phone's
 * photo instead of compressing to nothing.
 */
final class Jpegs {

    /** JPEG bytes per pixel of 4-pixel noise blocks at ImageIO's default quality, about. */
    private static final double BYTES_PER_PIXEL = 0.6;

    private Jpegs() {
    }

    /** A JPEG within about a tenth of the size asked; one correction is enough, the ratio barely moves. */
    static byte[] ofAbout(int bytes, long seed) {
        byte[] first = noise(side(bytes, BYTES_PER_PIXEL), seed);
        if (Math.abs(first.length - bytes) < bytes / 10) {
            return first;
        }
        int side = side(bytes, BYTES_PER_PIXEL);
        return noise(side(bytes, (double) first.length / ((long) side * side)), seed);
    }

    private static int side(int bytes, double perPixel) {
        return (int) Math.max(16, Math.sqrt(bytes / perPixel));
    }

    private static byte[] noise(int side, long seed) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < side; y += 4) {
            for (int x = 0; x < side; x += 4) {
                int rgb = random.nextInt(0xFFFFFF);
                for (int dy = 0; dy < 4 && y + dy < side; dy++) {
                    for (int dx = 0; dx < 4 && x + dx < side; dx++) {
                        image.setRGB(x + dx, y + dy, rgb);
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

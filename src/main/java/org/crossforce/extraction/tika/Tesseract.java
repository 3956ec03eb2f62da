package org.crossforce.extraction.tika;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether Tesseract, which Tika runs for OCR, is installed where the child processes will look: on PATH. */
final class Tesseract {

    private Tesseract() {
    }

    static boolean onPath() {
        return onPath(System.getenv("PATH"));
    }

    static boolean onPath(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isBlank()) {
                Path candidate = Path.of(directory, "tesseract");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }
}

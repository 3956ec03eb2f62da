package org.crossforce.extraction.tika;

/** File names from the outside world, made safe to use as one path segment. */
final class Names {

    private static final int MAX_LENGTH = 200;

    private Names() {
    }

    /** The last segment of the name, without control characters or slashes; the fallback when nothing is left. */
    static String safe(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String clean = last.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return fallback;
        }
        if (clean.length() > MAX_LENGTH) {
            int dot = clean.lastIndexOf('.');
            String extension = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return clean;
    }

    /** {@code name} when unused, else {@code name (2)}, {@code name (3)}... before the extension. */
    static String unique(String name, java.util.Set<String> used) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; used.contains(candidate); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        used.add(candidate);
        return candidate;
    }
}

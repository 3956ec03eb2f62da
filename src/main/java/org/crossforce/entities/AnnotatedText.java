package org.crossforce.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A text of the evaluation set with its gold mentions, written inline as {@code [[type|words]]};
 * the plain text is the file without the markup, and its first line, a {@code # } description.
 *
 * @param gold the mentions a reader marked, with offsets into {@code text}
 */
public record AnnotatedText(String name, String description, String text, List<Span> gold) {

    private static final Pattern MARK = Pattern.compile("\\[\\[([a-z]+)\\|([^\\]|]*)]]");

    public AnnotatedText {
        gold = List.copyOf(gold);
    }

    /** A mention by its type prefix and exact span. */
    public record Span(String type, int start, int end) {

        public static Span of(Mention mention) {
            return new Span(mention.type().prefix(), mention.start(), mention.end());
        }
    }

    /** Every {@code .txt} of a folder, by file name. */
    public static List<AnnotatedText> folder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<AnnotatedText> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(parse(file.getFileName().toString(), Files.readString(file)));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("The annotated texts in " + folder + " could not be read", e);
        }
    }

    public static AnnotatedText parse(String name, String file) {
        String description = "";
        String body = file.replace("\r\n", "\n");
        if (body.startsWith("# ")) {
            int newline = body.indexOf('\n');
            description = body.substring(2, newline < 0 ? body.length() : newline).strip();
            body = newline < 0 ? "" : body.substring(newline + 1);
        }
        StringBuilder text = new StringBuilder(body.length());
        List<Span> gold = new ArrayList<>();
        Matcher mark = MARK.matcher(body);
        int at = 0;
        while (mark.find()) {
            text.append(body, at, mark.start());
            int start = text.length();
            text.append(mark.group(2));
            gold.add(new Span(mark.group(1), start, text.length()));
            at = mark.end();
        }
        text.append(body.substring(at));
        if (text.indexOf("[[") >= 0 || text.indexOf("]]") >= 0) {
            throw new IllegalArgumentException(name + " has markup that is not [[type|words]]");
        }
        return new AnnotatedText(name, description, text.toString(), gold);
    }
}

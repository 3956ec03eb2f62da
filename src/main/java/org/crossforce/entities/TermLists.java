package org.crossforce.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the curated term lists kept beside this class as data, so that analysts can review and
 * extend the vocabulary without reading code. Format: see the head of {@code weapons.tsv}.
 */
final class TermLists {

    private static final String NOT_AN_ENTITY = "-";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u00A0]+");
    private static final String CONTEXT = "context";

    private TermLists() {
    }

    /** The weapon and drug lists on the classpath. */
    static List<Term> standard() {
        List<Term> terms = new ArrayList<>(resource("weapons.tsv", EntityType.WEAPON));
        terms.addAll(resource("drugs.tsv", EntityType.DRUG));
        return terms;
    }

    private static List<Term> resource(String name, EntityType type) {
        InputStream in = TermLists.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The term list " + name + " is missing from the classpath beside "
                    + TermLists.class.getName());
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(name, type, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the term list " + name, e);
        }
    }

    /** @throws IllegalStateException naming the file and line of a malformed row */
    static List<Term> parse(String name, EntityType type, Reader reader) throws IOException {
        List<Term> terms = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        boolean headerAllowed = true;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (headerAllowed && columns[0].strip().equalsIgnoreCase("term")) {
                headerAllowed = false;
                continue;
            }
            headerAllowed = false;
            terms.add(row(name, number, type, columns));
        }
        return terms;
    }

    private static Term row(String name, int number, EntityType type, String[] columns) {
        String where = name + " line " + number;
        if (columns.length < 3 || columns.length > 4) {
            throw new IllegalStateException(where + ": expected term, canonical and category separated by tabs,"
                    + " and optionally \"context\", but found " + columns.length + " columns");
        }
        String term = normalise(columns[0]);
        String canonical = columns[1].strip();
        String category = columns[2].strip();
        boolean context = columns.length == 4 && !columns[3].isBlank();
        if (context && !columns[3].strip().equals(CONTEXT)) {
            throw new IllegalStateException(where + ": the fourth column may only say \"context\"");
        }
        if (term.isEmpty() || canonical.isEmpty() || category.isEmpty()) {
            throw new IllegalStateException(where + ": the term, canonical name and category must all be given");
        }
        if (canonical.equals(NOT_AN_ENTITY)) {
            return new Term(term, type, null, null, false);
        }
        return new Term(term, type, canonical, category, context);
    }

    /** How a term and a typed query are compared: lower case, spaces and hyphens alike. */
    static String normalise(String s) {
        return SEPARATORS.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}

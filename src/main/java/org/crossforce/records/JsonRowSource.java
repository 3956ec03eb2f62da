package org.crossforce.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records of a JSON export: either one array of objects, read element by element with a streaming
 * parser, or one object a line (newline-delimited JSON), read line by line so that a broken line
 * costs only itself. Nested fields become dotted paths ({@code grading.source}) and arrays indexed
 * ones ({@code subjects[0].forename}, {@code phones[1]}).
 */
final class JsonRowSource implements RowSource {

    static final JsonMapper JSON = JsonMapper.builder()
            // Keep numbers as written: 51.3889 stays 51.3889, not a binary double's nearest neighbour.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** One element of an array: the elements after it are not "trailing tokens" but the next records. */
    private static final ObjectReader ELEMENT = JSON.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final BufferedReader reader;
    private final JsonParser array;
    private long line;
    private boolean done;

    JsonRowSource(Path file) throws IOException {
        this.reader = new BufferedReader(RowSource.textReader(file), 1 << 16);
        try {
            int first = firstNonBlank(reader);
            if (first == '[') {
                this.array = JSON.createParser(reader);
                array.nextToken();
            } else if (first == '{') {
                this.array = null;
            } else {
                throw new UnreadableExportException(
                        "This file is not JSON of records: it should be an array of objects or one object a line.");
            }
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Peeks at the first character that is not white space, leaving the reader where it was. */
    static int firstNonBlank(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        int c;
        do {
            c = reader.read();
        } while (c != -1 && Character.isWhitespace(c));
        reader.reset();
        return c;
    }

    @Override
    public Item next() throws IOException {
        if (done) {
            return null;
        }
        return array != null ? nextInArray() : nextLine();
    }

    private Item nextInArray() {
        long at = 0;
        try {
            JsonToken token = array.nextToken();
            at = array.currentTokenLocation().getLineNr();
            if (token == null || token == JsonToken.END_ARRAY) {
                done = true;
                return null;
            }
            JsonNode node = ELEMENT.readValue(array);
            if (!node.isObject()) {
                return new Broken(at, "The array holds " + describe(node) + " where a record (an object) should be.");
            }
            return new SourceRow(at, flatten(node));
        } catch (JacksonException e) {
            // A syntax error inside an array leaves no safe place to start again.
            done = true;
            long where = e.getLocation() != null ? e.getLocation().getLineNr() : at;
            return new Broken(where, "The JSON is broken here (" + plain(e)
                    + "), so this record and those after it were not loaded.");
        }
    }

    private Item nextLine() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
            if (text == null) {
                done = true;
                return null;
            }
        } while (text.isBlank());
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                return new Broken(line, "The line holds " + describe(node) + " where a record (an object) should be.");
            }
            return new SourceRow(line, flatten(node));
        } catch (JacksonException e) {
            return new Broken(line, "The line is not valid JSON (" + plain(e) + ").");
        }
    }

    /** Jackson's message without its parser-position appendix, which means nothing to a user. */
    static String plain(JacksonException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf(" (start marker");
        message = cut < 0 ? message : message.substring(0, cut);
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static String describe(JsonNode node) {
        return node == null ? "nothing" : node.isArray() ? "an array" : "the value " + abbreviate(node.toString());
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    static LinkedHashMap<String, String> flatten(JsonNode node) {
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        flatten("", node, values);
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), values);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            values.put(path, node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asString());
        }
    }

    @Override
    public void close() throws IOException {
        if (array != null) {
            array.close();
        }
        reader.close();
    }
}

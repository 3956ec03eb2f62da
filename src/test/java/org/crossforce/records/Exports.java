package org.crossforce.records;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossforce.shared.ForceCode;

/** The test exports under {@code src/test/resources/exports/} and a reader with the shipped mappings. */
final class Exports {

    static final ExportReader READER = new ExportReader(MappingRegistry.shipped());
    static final ForceCode CITY = ForceCode.of("city-of-london");
    static final ForceCode KENT = ForceCode.of("kent");

    private Exports() {
    }

    static Path file(String path) {
        URL url = Exports.class.getClassLoader().getResource("exports/" + path);
        if (url == null) {
            throw new IllegalArgumentException("No test export " + path);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Mapping mapping(String sourceSystem) {
        return MappingRegistry.shipped().find(sourceSystem).orElseThrow();
    }

    static ReadResult read(String path, String sourceSystem, ForceCode force) {
        return READER.read(file(path), mapping(sourceSystem), force);
    }

    /** The records by the line they start on. */
    static Map<Long, StructuredRecord> byLine(ReadResult result) {
        return result.records().stream().collect(Collectors.toMap(StructuredRecord::line, Function.identity()));
    }
}

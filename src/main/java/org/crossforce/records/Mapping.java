package org.crossforce.records;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A checked mapping file: what one record system's exports look like and how their columns become
 * a {@link StructuredRecord}. Get one from the {@link MappingRegistry}, or from YAML text with
 * {@link #fromYaml}. The file format is described in {@code mappings/README.md}.
 */
public final class Mapping {

    private final MappingSpec spec;
    private final String origin;
    private final ZoneId zone;
    private final Charset charset;
    private final char delimiter;
    private final Template title;
    private final Pattern fileName;

    Mapping(MappingSpec spec, String origin, ZoneId zone, Charset charset, char delimiter, Template title,
            Pattern fileName) {
        this.spec = spec;
        this.origin = origin;
        this.zone = zone;
        this.charset = charset;
        this.delimiter = delimiter;
        this.title = title;
        this.fileName = fileName;
    }

    /**
     * Reads and checks a mapping.
     *
     * @param origin where the text came from, named in error messages
     * @throws InvalidMappingException saying what is wrong, and where
     */
    public static Mapping fromYaml(String yaml, String origin) {
        return MappingLoader.load(yaml, origin);
    }

    /** The system's id, such as {@code beacon-rms}: part of every record id made with this mapping. */
    public String sourceSystem() {
        return spec.sourceSystem();
    }

    /** A name to show people, such as "Beacon RMS occurrence export". */
    public String name() {
        return spec.name() == null ? spec.sourceSystem() : spec.name();
    }

    /**
     * True when each delivery is a whole month's snapshot ({@code replaces: month}), as
     * data.police.uk's monthly files are: a later delivery of a month replaces that month's
     * records, so a record it no longer holds is removed.
     */
    public boolean replacesMonth() {
        return "month".equals(spec.replaces());
    }

    public ExportFormat format() {
        return spec.format();
    }

    public RecordType recordType() {
        return spec.recordType();
    }

    /** Where the mapping was loaded from: {@code classpath:mappings/x.yml} or a file path. */
    public String origin() {
        return origin;
    }

    /** CSV: the header columns a file of this system has; empty for other formats. */
    public List<String> expectedColumns() {
        return spec.detect() == null || spec.detect().header() == null ? List.of() : spec.detect().header();
    }

    MappingSpec spec() {
        return spec;
    }

    MappingSpec.Fields fields() {
        return spec.fields();
    }

    ZoneId zone() {
        return zone;
    }

    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    Template title() {
        return title;
    }

    String recordElement() {
        return spec.xml() == null ? null : spec.xml().record();
    }

    List<String> detectKeys() {
        return spec.detect() == null || spec.detect().keys() == null ? List.of() : spec.detect().keys();
    }

    Optional<String> detectRoot() {
        return Optional.ofNullable(spec.detect() == null ? null : spec.detect().root());
    }

    boolean fileNameFits(String name) {
        return fileName != null && name != null && fileName.matcher(name).matches();
    }

    @Override
    public String toString() {
        return sourceSystem() + " (" + origin + ")";
    }
}

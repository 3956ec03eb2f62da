package org.crossforce.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.crossforce.shared.ForceCode;

/**
 * Recognises which record system wrote an export and reads it into {@link StructuredRecord}s.
 * Plain Java, safe to share between threads: all state of a read lives in that read.
 */
public class ExportReader {

    private final MappingRegistry registry;

    public ExportReader(MappingRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * The mapping whose system wrote this file, recognised from its content: a CSV's header row,
     * the fields of the first JSON or XML record. When several fit, one whose {@code file_name}
     * pattern fits {@code fileName} wins, then the one that checks the most columns.
     *
     * @param fileName the name the file was delivered under (uploads are stored under other names);
     *                 may be null
     */
    public Optional<Mapping> detect(Path file, String fileName) {
        Sample sample;
        try {
            sample = Sample.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Mapping> fitting = new ArrayList<>();
        for (Mapping mapping : registry.all()) {
            if (mapping.format() == sample.kind() && fits(mapping, sample)) {
                fitting.add(mapping);
            }
        }
        return fitting.stream().min(Comparator
                .comparing((Mapping m) -> !m.fileNameFits(fileName))
                .thenComparing(m -> -(m.expectedColumns().size() + m.detectKeys().size()))
                .thenComparing(Mapping::sourceSystem));
    }

    private static boolean fits(Mapping mapping, Sample sample) {
        try {
            return switch (mapping.format()) {
                case CSV -> sample.csvHeader(mapping.delimiter(), mapping.charset())
                        .equals(new HashSet<>(Sample.normalised(mapping.expectedColumns())));
                case JSON -> hasAll(sample.jsonRecord(), mapping.detectKeys());
                case XML -> {
                    Map<String, String> record = sample.xmlRecord(mapping.recordElement());
                    yield !record.isEmpty() && hasAll(record, mapping.detectKeys())
                            && mapping.detectRoot().map(root -> root.equals(sample.xmlRoot())).orElse(true);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasAll(Map<String, String> record, List<String> keys) {
        return !record.isEmpty() && keys.stream().allMatch(key -> Sample.hasKey(record, key));
    }

    /**
     * Reads the whole file into memory. For large files prefer {@link #stream}, which hands each
     * record on as it is read.
     *
     * @param force the force the export belongs to: part of every record id
     * @throws UnreadableExportException when the file cannot be read with this mapping at all
     * @throws UncheckedIOException      when the file cannot be read from disk
     */
    public ReadResult read(Path file, Mapping mapping, ForceCode force) {
        List<StructuredRecord> records = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        long rows = each(file, mapping, force, records::add, errors::add);
        return new ReadResult(mapping.sourceSystem(), rows, records, errors);
    }

    /**
     * Reads the file row by row, handing each record to {@code sink} as soon as it is made, so that
     * only one row is held at a time (plus the keys seen, to number repeated ones).
     */
    public ReadSummary stream(Path file, Mapping mapping, ForceCode force, Consumer<? super StructuredRecord> sink) {
        long[] loaded = {0};
        long[] errorCount = {0};
        List<RowError> kept = new ArrayList<>();
        long rows = each(file, mapping, force, record -> {
            sink.accept(record);
            loaded[0]++;
        }, error -> {
            if (errorCount[0]++ < ReadSummary.KEPT_ERRORS) {
                kept.add(error);
            }
        });
        return new ReadSummary(mapping.sourceSystem(), rows, loaded[0], errorCount[0], kept);
    }

    private static long each(Path file, Mapping mapping, ForceCode force, Consumer<? super StructuredRecord> records,
            Consumer<RowError> errors) {
        Objects.requireNonNull(force, "force");
        RecordAssembler assembler = new RecordAssembler(mapping, force);
        long rows = 0;
        try (RowSource source = RowSource.open(file, mapping)) {
            for (RowSource.Item item = source.next(); item != null; item = source.next()) {
                rows++;
                switch (item) {
                    case RowSource.Broken broken -> errors.accept(new RowError(broken.line(), broken.reason()));
                    case SourceRow row -> {
                        StructuredRecord record;
                        try {
                            record = assembler.assemble(row);
                        } catch (RowProblem problem) {
                            errors.accept(new RowError(row.line(), problem.getMessage()));
                            continue;
                        }
                        records.accept(record);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The mappings this reader chooses from. */
    public List<Mapping> mappings() {
        return registry.all();
    }
}

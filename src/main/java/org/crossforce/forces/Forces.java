package org.crossforce.forces;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossforce.shared.ForceCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The force register, read once from {@code forces/forces.csv} on the class path. */
@Component
public class Forces {

    private final Map<ForceCode, Force> byCode;

    public Forces() {
        this.byCode = Collections.unmodifiableMap(load());
    }

    public List<Force> all() {
        return new ArrayList<>(byCode.values());
    }

    public Optional<Force> find(String code) {
        if (!ForceCode.isWellFormed(code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(ForceCode.of(code)));
    }

    /** The force with this id, or an {@link UnknownForceException} saying where the list is. */
    public ForceCode require(String code) {
        return find(code).map(Force::code).orElseThrow(() -> new UnknownForceException(code));
    }

    public String nameOf(ForceCode code) {
        Force force = byCode.get(code);
        return force == null ? code.value() : force.name();
    }

    private static Map<ForceCode, Force> load() {
        Map<ForceCode, Force> forces = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("forces/forces.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                ForceCode code = ForceCode.of(row.get("force").trim());
                forces.put(code, new Force(code, row.get("name").trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The force register forces/forces.csv cannot be read", e);
        }
        return forces;
    }
}

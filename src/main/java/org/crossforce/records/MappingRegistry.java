package org.crossforce.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The mappings Crossforce knows: those shipped under {@code mappings/} on the class path, then
 * every {@code *.yml} (or {@code *.yaml}) in the user's mapping directory. A user's mapping with
 * the id of a shipped one replaces it, so a force can correct a shipped mapping without a release.
 * A user's file that cannot be used is left out and reported by {@link #problems()}: one bad file
 * must not stop the others, or the workbench, from working. A shipped one that cannot be used is a
 * bug and fails at once.
 */
public class MappingRegistry {

    private static final Logger log = LoggerFactory.getLogger(MappingRegistry.class);
    private static final String SHIPPED = "classpath*:mappings/*.yml";

    private final Map<String, Mapping> bySystem = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** @param userMappings a directory of the user's own mapping files; null or absent for none */
    public MappingRegistry(Path userMappings) {
        loadShipped();
        if (userMappings != null && Files.isDirectory(userMappings)) {
            loadUsers(userMappings);
        }
    }

    /** The shipped mappings only. */
    public static MappingRegistry shipped() {
        return new MappingRegistry(null);
    }

    /** Every mapping, shipped ones first, in a stable order. */
    public List<Mapping> all() {
        return List.copyOf(bySystem.values());
    }

    public Optional<Mapping> find(String sourceSystem) {
        return Optional.ofNullable(bySystem.get(sourceSystem));
    }

    /** User mapping files that were left out, each with its path and what is wrong with it. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void loadShipped() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(MappingRegistry.class.getClassLoader())
                    .getResources(SHIPPED);
            Stream.of(resources).sorted(Comparator.comparing(Resource::getFilename)).forEach(resource -> {
                try (InputStream in = resource.getInputStream()) {
                    Mapping mapping = Mapping.fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            "classpath:mappings/" + resource.getFilename());
                    Mapping before = bySystem.putIfAbsent(mapping.sourceSystem(), mapping);
                    if (before != null) {
                        throw new InvalidMappingException(mapping.origin() + ": source_system "
                                + mapping.sourceSystem() + " is already used by " + before.origin());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadUsers(Path directory) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(directory + ": the mapping directory cannot be listed: " + e.getMessage());
            log.warn("Cannot list the mapping directory {}: {}", directory, e.toString());
            return;
        }
        Map<String, Path> fromUsers = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                Mapping mapping = Mapping.fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                Path earlier = fromUsers.putIfAbsent(mapping.sourceSystem(), file);
                if (earlier != null) {
                    throw new InvalidMappingException(file + ": source_system " + mapping.sourceSystem()
                            + " is already used by " + earlier);
                }
                Mapping shipped = bySystem.put(mapping.sourceSystem(), mapping);
                if (shipped != null) {
                    log.info("The mapping {} replaces the shipped one for {}", file, mapping.sourceSystem());
                }
            } catch (InvalidMappingException e) {
                problems.add(e.getMessage());
                log.warn("Mapping left out: {}", e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                problems.add(file + ": cannot be read: " + e.getMessage());
                log.warn("Mapping left out: {} cannot be read: {}", file, e.toString());
            }
        }
    }
}

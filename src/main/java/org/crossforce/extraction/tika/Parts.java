package org.crossforce.extraction.tika;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.crossforce.extraction.ExtractedPart;
import org.crossforce.extraction.Extraction;
import org.crossforce.extraction.ExtractionFailedException;
import org.crossforce.extraction.ExtractionProperties;

/**
 * Turns the child's list of metadata (the file first, then one per embedded file) into parts:
 * depth-first, each with a path of real names that is unique among its siblings and the same every
 * time the same bytes are read.
 */
final class Parts {

    private final ExtractionProperties properties;
    private final Workspace workspace;
    private final Workspace.Job job;
    private final Map<String, String> pathById = new HashMap<>();
    private final Map<String, Set<String>> namesByParent = new HashMap<>();

    private Parts(ExtractionProperties properties, Workspace workspace, Workspace.Job job) {
        this.properties = properties;
        this.workspace = workspace;
        this.job = job;
    }

    static Extraction extraction(List<Metadata> metadata, String fileName, Workspace workspace, Workspace.Job job,
            ExtractionProperties properties, long fileSize) throws ExtractionFailedException {
        return new Parts(properties, workspace, job).build(metadata, fileName, fileSize);
    }

    private Extraction build(List<Metadata> metadata, String fileName, long fileSize) throws ExtractionFailedException {
        Metadata root = metadata.getFirst();
        String format = Formats.describe(root.get(Metadata.CONTENT_TYPE));
        if (Marks.EXPANDED.equals(root.get(Marks.LIMIT))) {
            throw new ExtractionFailedException("The " + format + " unpacks to more than "
                    + Reasons.size(Limits.expansion(properties, fileSize))
                    + ", which makes it look like a zip bomb, so it was not read.");
        }
        String failure = root.get(TikaCoreProperties.CONTAINER_EXCEPTION);
        if (failure != null) {
            throw new ExtractionFailedException(Reasons.fromStackTrace(failure, root));
        }
        List<ExtractedPart> parts = new ArrayList<>();
        parts.add(ExtractedPart.root(Documents.from(root, fileName, Marks.TOO_MANY.equals(root.get(Marks.LIMIT)))));
        pathById.put("", "");
        metadata.stream().skip(1)
                .sorted(Comparator.comparingInt(Parts::id))
                .forEach(embedded -> parts.add(part(embedded)));
        return new Extraction(parts);
    }

    private ExtractedPart part(Metadata metadata) {
        String idPath = metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH);
        String id = idPath == null ? Integer.toString(id(metadata)) : idPath;
        String parentId = id.contains("/") ? id.substring(0, id.lastIndexOf('/')) : "";
        String parentPath = pathById.getOrDefault(parentId, "");
        String name = Names.unique(name(metadata), namesByParent.computeIfAbsent(parentId, k -> new HashSet<>()));
        String path = parentPath.isEmpty() ? name : parentPath + "/" + name;
        pathById.put(id, path);
        Path content = content(metadata, name);
        String failure = failure(metadata);
        return failure == null
                ? new ExtractedPart(path, Documents.from(metadata, name, false), null, content)
                : new ExtractedPart(path, null, failure, content);
    }

    /** The name Tika found (an attachment's file name, an archive entry's name), without folders. */
    private static String name(Metadata metadata) {
        String fallback = "embedded-" + id(metadata);
        String resourcePath = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        return Names.safe(name != null ? name : resourcePath, fallback);
    }

    private String failure(Metadata metadata) {
        String unopened = metadata.get(Marks.UNOPENED);
        if (Marks.TOO_DEEP.equals(unopened)) {
            return "It is inside more than " + properties.maxEmbeddedDepth()
                    + " levels of embedded files, so it was kept but not opened.";
        }
        if (Marks.TOO_LARGE.equals(unopened)) {
            return "It is larger than " + Reasons.size(properties.maxFileSize().toBytes())
                    + " unpacked, so it was not read.";
        }
        String text = metadata.get(TikaCoreProperties.TIKA_CONTENT);
        String exception = metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
        if (exception != null && (text == null || text.isBlank())) {
            return Reasons.fromStackTrace(exception, metadata);
        }
        return null;
    }

    /** Hands the embedded file's bytes over in a temporary file of its own; null when there are none. */
    private Path content(Metadata metadata, String name) {
        String copy = metadata.get(Marks.BYTES);
        if (copy == null) {
            return null;
        }
        Path source = job.embedded().resolve(Names.safe(copy, "-"));
        if (!Files.isRegularFile(source)) {
            return null;
        }
        try {
            return Files.move(source, workspace.newPart(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return null;
        }
    }

    private static int id(Metadata metadata) {
        Integer id = metadata.getInt(TikaCoreProperties.EMBEDDED_ID);
        return id == null ? Integer.MAX_VALUE : id;
    }
}

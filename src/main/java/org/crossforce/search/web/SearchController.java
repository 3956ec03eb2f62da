package org.crossforce.search.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.crossforce.forces.Forces;
import org.crossforce.originals.OriginalStore;
import org.crossforce.search.TreeNode;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.crossforce.search.DocumentDetails;
import org.crossforce.search.SearchQuery;
import org.crossforce.search.SearchResults;
import org.crossforce.search.SearchService;
import org.crossforce.search.SearchSort;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.web.NotFoundException;
import org.crossforce.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search} and {@code GET /api/documents/{id}}. */
@RestController
class SearchController {

    private final SearchService search;
    private final Forces forces;
    private final CurrentCaller caller;
    private final OriginalStore originals;

    SearchController(SearchService search, Forces forces, CurrentCaller caller, OriginalStore originals) {
        this.search = search;
        this.forces = forces;
        this.caller = caller;
        this.originals = originals;
    }

    @GetMapping("/api/search")
    SearchResults search(@RequestParam(defaultValue = "") String q,
            @RequestParam(name = "force", required = false) List<String> force,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort) {
        Set<ForceCode> selected = force == null ? Set.of()
                : force.stream().filter(f -> !f.isBlank()).map(forces::require).collect(Collectors.toSet());
        SearchQuery query = new SearchQuery(q, selected, Parameters.date("from", from), Parameters.date("to", to),
                page, size, SearchSort.parse(sort));
        return search.search(caller.get(), query);
    }

    @GetMapping("/api/documents/{id}")
    DocumentDetails document(@PathVariable String id) {
        return search.document(caller.get(), wellFormed(id)).orElseThrow(() -> new NotFoundException("Document " + id));
    }

    private static DocumentId wellFormed(String id) {
        if (!DocumentId.isWellFormed(id)) {
            throw new NotFoundException("Document " + id);
        }
        return new DocumentId(id);
    }

    @GetMapping("/api/documents/{id}/tree")
    List<TreeNode> tree(@PathVariable String id) {
        return search.tree(caller.get(), wellFormed(id)).orElseThrow(() -> new NotFoundException("Document " + id));
    }

    /** The original bytes, always as a download: evidence is never rendered by the browser. */
    @GetMapping("/api/documents/{id}/original")
    ResponseEntity<Resource> original(@PathVariable String id) {
        DocumentDetails doc = search.original(caller.get(), wellFormed(id))
                .orElseThrow(() -> new NotFoundException("Document " + id));
        Path file = originals.find(doc.sha256())
                .orElseThrow(() -> new NotFoundException("The original of document " + id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.fileName() == null ? doc.id() : doc.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(doc.size())
                .body(new FileSystemResource(file));
    }
}

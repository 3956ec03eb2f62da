package org.crossforce.links.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.forces.Forces;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.links.BatchRow;
import org.crossforce.links.EntityProfile;
import org.crossforce.links.EntityQuery;
import org.crossforce.links.EntitySearchResults;
import org.crossforce.links.EntityService;
import org.crossforce.links.LinkFilter;
import org.crossforce.links.LinkPath;
import org.crossforce.links.Neighbour;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.web.NotFoundException;
import org.crossforce.web.Parameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Linked entities over REST. An entity id goes in the path as it is ({@code vrm:AB12CDE},
 * {@code postcode:CT9%202RN}); a PNC ID keeps its slash as a plain slash
 * ({@code /api/entities/pnc:2009/0345678Y}), because an encoded one is refused on the way in.
 */
@RestController
class EntityController {

    private final EntityService entities;
    private final Forces forces;
    private final CurrentCaller caller;

    EntityController(EntityService entities, Forces forces, CurrentCaller caller) {
        this.entities = entities;
        this.forces = forces;
        this.caller = caller;
    }

    @GetMapping("/api/entities")
    EntitySearchResults search(@RequestParam(defaultValue = "") String q,
            @RequestParam(name = "type", required = false) List<String> type,
            @RequestParam(name = "force", required = false) List<String> force) {
        return entities.search(caller.get(), new EntityQuery(q, types(type), forces(force)));
    }

    @GetMapping("/api/entities/{id}")
    EntityProfile profile(@PathVariable String id) {
        return entities.profile(caller.get(), id).orElseThrow(() -> new NotFoundException("Entity " + id));
    }

    @GetMapping("/api/entities/{pnc}/{serial}")
    EntityProfile profileOfPncId(@PathVariable String pnc, @PathVariable String serial) {
        return profile(pnc + "/" + serial);
    }

    @GetMapping("/api/entities/{id}/neighbours")
    List<Neighbour> neighbours(@PathVariable String id,
            @RequestParam(name = "type", required = false) List<String> type,
            @RequestParam(name = "force", required = false) List<String> force,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") int minStrength,
            @RequestParam(defaultValue = "50") int limit) {
        LinkFilter filter = new LinkFilter(types(type), forces(force), Parameters.date("from", from),
                Parameters.date("to", to), minStrength);
        return entities.neighbours(caller.get(), id, filter, limit)
                .orElseThrow(() -> new NotFoundException("Entity " + id));
    }

    @GetMapping("/api/entities/{pnc}/{serial}/neighbours")
    List<Neighbour> neighboursOfPncId(@PathVariable String pnc, @PathVariable String serial,
            @RequestParam(name = "type", required = false) List<String> type,
            @RequestParam(name = "force", required = false) List<String> force,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") int minStrength,
            @RequestParam(defaultValue = "50") int limit) {
        return neighbours(pnc + "/" + serial, type, force, from, to, minStrength, limit);
    }

    @GetMapping("/api/paths")
    LinkPath path(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "4") int maxHops) {
        return entities.path(caller.get(), from, to, maxHops);
    }

    /** One query a line (text/plain), or a CSV whose first column is the query. */
    @PostMapping(path = "/api/entities/batch", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/csv"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    List<BatchRow> batch(@RequestBody String body) {
        return entities.batch(caller.get(), BatchLines.of(body));
    }

    @PostMapping(path = "/api/entities/batch", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/csv"},
            produces = "text/csv")
    ResponseEntity<byte[]> batchAsCsv(@RequestBody String body) {
        String csv = BatchCsv.of(entities.batch(caller.get(), BatchLines.of(body)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"batch-search.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/documents/{id}/entities")
    List<ReportDocument.EntityMention> documentEntities(@PathVariable String id) {
        if (!DocumentId.isWellFormed(id)) {
            throw new NotFoundException("Document " + id);
        }
        return entities.documentEntities(caller.get(), new DocumentId(id))
                .orElseThrow(() -> new NotFoundException("Document " + id));
    }

    private Set<ForceCode> forces(List<String> force) {
        return force == null ? Set.of()
                : force.stream().filter(f -> !f.isBlank()).map(forces::require).collect(Collectors.toSet());
    }

    private static Set<String> types(List<String> type) {
        return type == null ? Set.of()
                : type.stream().flatMap(t -> Arrays.stream(t.split(","))).map(String::strip).filter(t -> !t.isEmpty())
                        .collect(Collectors.toSet());
    }
}

package org.crossforce.forces;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/forces}: the force ids Crossforce accepts, with their names. */
@RestController
class ForcesController {

    private final Forces forces;

    ForcesController(Forces forces) {
        this.forces = forces;
    }

    @GetMapping("/api/forces")
    List<ForceEntry> all() {
        return forces.all().stream().map(f -> new ForceEntry(f.code().value(), f.name())).toList();
    }

    record ForceEntry(String id, String name) {
    }
}

package org.crossforce.links;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.crossforce.entities.EntityId;
import org.crossforce.entities.EntityType;
import org.crossforce.entities.PersonNames;

/**
 * What a profile, a link or a path starts from: an entity ({@code vrm:AB12CDE}, or one record's
 * person, {@code person:<document id>#<n>}), or a name as the analyst looked it up
 * ({@code name:jon smyth}), which gathers every mention of the name without making one person of them.
 */
record Subject(String id, String type, Query filter) {

    static final String NAME = "name:";

    static Subject parse(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An entity id is needed, such as vrm:AB12CDE");
        }
        if (id.startsWith(NAME)) {
            String name = PersonNames.normalise(id.substring(NAME.length()));
            if (name.isEmpty()) {
                throw new IllegalArgumentException("'" + id + "' names nobody");
            }
            return new Subject(NAME + name, EntityType.PERSON.prefix(), Fields.term(Fields.NAMES, name));
        }
        EntityId entity = EntityId.parse(id.strip());
        return new Subject(entity.toString(), entity.type().prefix(), Fields.term(Fields.IDS, entity.toString()));
    }

    boolean isName() {
        return id.startsWith(NAME);
    }

    /** The name or value an analyst reads; a record's person is named by {@link Labels}. */
    String plainLabel() {
        return isName() ? PersonNames.display(id.substring(NAME.length())) : id.substring(id.indexOf(':') + 1);
    }
}

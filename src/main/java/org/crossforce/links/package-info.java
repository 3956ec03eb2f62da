/**
 * Linked entities: finding an entity across forces, its profile, the entities it appears with,
 * paths between two entities and batch search. Everything is counted in Elasticsearch from the
 * reports a caller may read, so an entity seen only in records out of the caller's reach is
 * neither shown nor counted, and every look is audited.
 */
package org.crossforce.links;

package org.crossforce.entities;

/**
 * One row of a term list. A row whose canonical name is null lists a phrase that is not an
 * entity ("shoulder blade"), so that the shorter term inside it ("blade") is not matched there.
 *
 * @param term         lower case, words separated by single spaces
 * @param needsContext the term is ordinary English too often to count without drug or weapon talk nearby
 */
record Term(String term, EntityType type, String canonical, String category, boolean needsContext) {

    boolean blocks() {
        return canonical == null;
    }
}

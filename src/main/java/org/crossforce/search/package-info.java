/**
 * Finding documents across forces: the user's query syntax, force facets, highlighted snippets
 * and the document itself. Everything here runs inside the caller's scope.
 */
package org.crossforce.search;

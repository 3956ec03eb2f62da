/**
 * Every original file Crossforce was given, kept unchanged in a content-addressed store: a file's
 * name is the SHA-256 of its bytes, so the same attachment in a hundred emails is stored once.
 */
package org.crossforce.originals;

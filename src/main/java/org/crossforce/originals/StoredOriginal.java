package org.crossforce.originals;

/** An original in the store: its SHA-256 (lower-case hex) and its size in bytes. */
public record StoredOriginal(String sha256, long size) {
}

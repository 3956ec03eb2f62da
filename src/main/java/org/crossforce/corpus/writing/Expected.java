package org.crossforce.corpus.writing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A short phrase that extraction must find in a file. {@code via} says how: {@code text} (the
 * file's own text layer), {@code ocr} (only by reading pixels) or {@code record} (a field of a
 * structured export). {@code part} names the attachment or archive member.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Expected(String phrase, String via, String part) {
}

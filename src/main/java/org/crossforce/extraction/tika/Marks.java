package org.crossforce.extraction.tika;

import org.apache.tika.metadata.Property;

/**
 * Metadata the child process adds for the parent: where an embedded file's bytes are, why one was
 * not opened, and which limit stopped the unpacking of a file. Internal, removed before the
 * metadata is handed to callers.
 */
final class Marks {

    static final String PREFIX = "X-Crossforce:";

    /** Name of the embedded file's copy in the job's directory. */
    static final Property BYTES = Property.internalText(PREFIX + "bytes");

    /** Why an embedded file was kept but not opened: one of {@link #TOO_DEEP}, {@link #TOO_LARGE}. */
    static final Property UNOPENED = Property.internalText(PREFIX + "unopened");

    /** On the file itself: the limit that stopped unpacking, {@link #TOO_MANY} or {@link #EXPANDED}. */
    static final Property LIMIT = Property.internalText(PREFIX + "limit");

    static final String TOO_DEEP = "too-deep";
    static final String TOO_LARGE = "too-large";
    static final String TOO_MANY = "too-many";
    static final String EXPANDED = "expanded";

    /** A type no parser claims: Tika then records the embedded file without reading it. */
    static final String UNREAD_TYPE = "application/x-crossforce-unopened";

    private Marks() {
    }
}

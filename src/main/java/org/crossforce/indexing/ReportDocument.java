package org.crossforce.indexing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A document or record as it is stored in its force's index. Field names are those of
 * {@code index-mappings/index-templates/crossforce-reports.json}.
 *
 * @param kind       {@code file} for a file as it was sent, {@code embedded} for an attachment or
 *                   archive entry inside one, {@code record} for a row of a structured export
 * @param rootId     the file everything was sent in; the document's own id for a file
 * @param path       where the document sits, from the file that was sent: {@code mail.eml/evidence.zip/statement.docx}
 * @param failure    why an embedded file could not be read; its original is still kept
 * @param deliveries every time these bytes reached Crossforce for this force
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDocument(
        String id,
        String force,
        String kind,
        @JsonProperty("root_id") String rootId,
        @JsonProperty("parent_id") String parentId,
        String path,
        Integer depth,
        @JsonProperty("source_system") String sourceSystem,
        String marking,
        String handling,
        String sha256,
        long size,
        @JsonProperty("file_name") String fileName,
        @JsonProperty("media_type") String mediaType,
        String title,
        String text,
        String author,
        Instant date,
        Instant created,
        Instant modified,
        @JsonProperty("ingested_at") Instant ingestedAt,
        boolean truncated,
        Boolean ocr,
        String language,
        @JsonProperty("page_count") Integer pageCount,
        Email email,
        Photo photo,
        GeoPoint location,
        String failure,
        List<Delivery> deliveries,
        Record record,
        Map<String, List<String>> metadata,
        Entities entities) {

    public ReportDocument withDeliveries(List<Delivery> all) {
        return new ReportDocument(id, force, kind, rootId, parentId, path, depth, sourceSystem, marking, handling,
                sha256, size, fileName, mediaType, title, text, author, date, created, modified, ingestedAt, truncated,
                ocr, language, pageCount, email, photo, location, failure, all, record, metadata, entities);
    }

    public ReportDocument withEntities(Entities found) {
        return new ReportDocument(id, force, kind, rootId, parentId, path, depth, sourceSystem, marking, handling,
                sha256, size, fileName, mediaType, title, text, author, date, created, modified, ingestedAt, truncated,
                ocr, language, pageCount, email, photo, location, failure, deliveries, record, metadata, found);
    }

    /**
     * What the entity extractors found in the document (see {@code index-mappings/README.md}).
     *
     * @param ids      every entity mentioned, once: {@code vrm:AB12CDE}, and {@code person:<id>#<n>} for each person
     * @param forms    each entity with a spelling seen for it, as {@code <id>} U+001F {@code <text>}
     * @param names    the normalised names of the persons mentioned
     * @param mentions every mention, in text order
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Entities(List<String> ids, List<String> forms, List<String> names, List<EntityMention> mentions) {

        /** Separates an id from a spelling in {@link #forms}: it occurs in neither. */
        public static final char FORM_SEPARATOR = '\u001F';

        public Entities {
            ids = ids == null ? List.of() : List.copyOf(ids);
            forms = forms == null ? List.of() : List.copyOf(forms);
            names = names == null ? List.of() : List.copyOf(names);
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    /**
     * @param id        the entity named
     * @param start     offset of the first character in {@code text}, in UTF-16 code units
     * @param end       offset after the last character
     * @param text      the words as written
     * @param value     the normalised value
     * @param extractor what found it: an identifier finder, the term lists, a record's field
     */
    public record EntityMention(String id, String type, int start, int end, String text, String value,
            String extractor) {
    }

    /**
     * What a row of a structured export says, in Crossforce's one record model.
     *
     * @param month      {@code yyyy-MM}: the month the record belongs to, also when only the month is known
     * @param line       where the row was in the file delivered last
     * @param lsoa       the Lower Layer Super Output Area code of the place, where the export gives one
     * @param cells      the National Grid squares the place falls in, one for each cell size
     * @param attributes every column as delivered, by its name in the export
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Record(
            String type,
            @JsonProperty("source_key") String sourceKey,
            Long line,
            String month,
            @JsonProperty("crime_type") String crimeType,
            String outcome,
            String address,
            String postcode,
            String lsoa,
            Cells cells,
            List<Person> persons,
            List<Vehicle> vehicles,
            List<String> phones,
            List<String> emails,
            Map<String, String> attributes) {
    }

    /** The ids of a place's National Grid squares of 100, 250, 500 and 1,000 m, such as {@code 250-651250-313000}. */
    public record Cells(String m100, String m250, String m500, String m1000) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String name, String forename, String surname,
            @JsonProperty("date_of_birth") java.time.LocalDate dateOfBirth,
            @JsonProperty("year_of_birth") Integer yearOfBirth, String role, String address, String postcode,
            String phone, String email, String pnc) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Vehicle(String vrm, String make, String model, String colour) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Email(String from, List<String> to, List<String> cc, String subject, Instant sent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Photo(Instant captured, @JsonProperty("camera_make") String cameraMake,
            @JsonProperty("camera_model") String cameraModel) {
    }

    public record GeoPoint(double lat, double lon) {
    }

    /**
     * One arrival of the bytes: which job, how (upload, folder, command, demo), who sent them,
     * under what name and from where.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delivery(
            String job,
            String channel,
            String user,
            Instant at,
            @JsonProperty("file_name") String fileName,
            String origin,
            @JsonProperty("source_system") String sourceSystem) {
    }
}

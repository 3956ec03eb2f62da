package org.crossforce.corpus.manifest;

import java.util.Locale;
import java.util.Map;

/** The corpus's README.txt: what it is, that it is fictional, its layout and how to read the manifest. */
public final class Readme {

    private static final String TITLE = """
            Crossforce synthetic corpus
            ===========================

            GENERATED TEST DATA for Crossforce. Every person, address, vehicle, phone number, email
            address and record in these files is fictional. It was written by
            `crossforce generate-corpus` for ingestion benchmarks and for testing entity extraction
            and identity resolution. The same seed and size always give byte-identical files.

            """;

    private static final String FICTIONAL = """
            Fictional by construction
            -------------------------
            Phones come only from Ofcom's drama ranges: mobiles 07700 900000-900999 and London
            020 7946 0000-0999. Registration marks begin with T, U or Z, which the DVLA does not
            issue as area codes. Email addresses use the reserved .example domain. Places and
            postcode districts are real; house numbers, streets and the inward part of postcodes
            are generated.

            """;

    private Readme() {
    }

    /** @param persons the persons file's section ({@code PersonsFile.readme}) */
    public static String text(long seed, int files, Map<String, Integer> byForce, Map<String, Integer> byKind,
            String persons) {
        StringBuilder out = new StringBuilder(TITLE);
        out.append("Seed: ").append(seed).append("\nFiles: ").append(files)
                .append(" (plus this README and manifest.jsonl)\n\nFiles by force:\n");
        byForce.forEach((force, n) -> out.append(String.format(Locale.ROOT, "  %-16s %8d\n", force, n)));
        out.append("\nFiles by kind and format:\n");
        byKind.forEach((kind, n) -> out.append(String.format(Locale.ROOT, "  %-28s %8d\n", kind, n)));
        out.append("""

                Layout
                ------
                <force>/<folder>/<kind>-<index>.<ext>, where <force> is a data.police.uk force id
                (metropolitan, city-of-london, kent, essex) or btp, and <index> is the file's line
                in manifest.jsonl, counted from 0. Folders: incident-reports (TXT, HTML), statements
                (DOCX, text PDF), scans (image-only PDF and PNG: OCR needed), emails (EML; some with
                a DOCX or PDF statement, some with a ZIP holding a statement and a phone photo),
                photos (JPEG with EXIF GPS, time and camera), intelligence (3x5x2 graded logs, TXT
                and HTML) and exports (beacon-rms CSV, harbour-intel JSON). persons/ holds the
                persons file and its mapping (below); the manifest does not list them.

                manifest.jsonl
                --------------
                One JSON object per file, in index order: path, force, kind, format, title, marking,
                handling, system (for exports), created, bytes, sha256, facts (kind-specific: grading,
                GPS, camera, record numbers, attachments), expected and entities.
                  expected: phrases that extraction must find; via = text (the text layer), ocr (only
                    in pixels) or record (a field of a structured export); part = the attachment or
                    archive member (e.g. evidence-KNT-12.zip/MG11-KNT-12.pdf) when not the file itself.
                  entities: every entity as written: type (person, officer, alias, dob, vehicle, phone,
                    email, address, postcode, location), id (the true identity: P..., O-..., V...,
                    TM.../TL... for phones, A... for addresses), surface (exactly as written), variants
                    (how it departs from the canonical form: surname-first, upper-case, nickname, typo,
                    day-month-swapped, no-space, international, e164, ...) and part.

                """);
        out.append(FICTIONAL);
        out.append("""
                Structured exports (fictional systems)
                ---------------------------------------
                beacon-rms: CSV, every field quoted, 200 occurrences per file, header
                  Occurrence No,Reported,Occurrence Type,Address,Postcode,Latitude,Longitude,Person 1 Name,
                  Person 1 DOB,Person 1 Role,Person 2 Name,Person 2 DOB,Person 2 Role,Vehicle VRM,
                  Vehicle Make,Vehicle Colour,Phone,Narrative,Protective Marking,Handling Code
                  Reported dd/MM/yyyy HH:mm, DOB dd/MM/yyyy, names "SURNAME, Forename", roles SUS/VIC/WIT.
                harbour-intel: a JSON array of 100 logs per file: logId, created, grading (source A-E,
                  intelligence 1-5, handling P/C), classification, subjects, vehicles, phones, location,
                  text.

                """);
        return out.append(persons).toString();
    }

    /** The README of a persons file written without the documents. */
    public static String persons(long seed, int size, String persons) {
        return TITLE + "Seed: " + seed + "\nSize: " + size + " (no files: the people are those of a corpus of this size,"
                + " and more)\n\n" + FICTIONAL + persons;
    }
}

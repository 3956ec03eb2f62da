package org.crossforce.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small corpus, written once, checked the way ingestion and the entity work will read it. */
class CorpusGeneratorTest {

    static final int SIZE = 60;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path root;

    static Path corpus;
    static CorpusSummary summary;
    static List<JsonNode> manifest;

    @BeforeAll
    static void generate() throws IOException {
        corpus = root.resolve("seed-42");
        summary = new CorpusGenerator().generate(new CorpusRequest(SIZE, 42, corpus, 2, false), CorpusProgress.NONE);
        manifest = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"))) {
            manifest.add(JSON.readTree(line));
        }
    }

    @Test
    void theSameSeedAndSizeGiveByteIdenticalFilesWhateverTheThreadCount() throws IOException {
        Path again = root.resolve("seed-42-again");
        new CorpusGenerator().generate(new CorpusRequest(SIZE, 42, again, 1, false), CorpusProgress.NONE);

        assertThat(hashes(again)).isEqualTo(hashes(corpus));
    }

    @Test
    void anotherSeedGivesAnotherCorpus() throws IOException {
        Path other = root.resolve("seed-43");
        new CorpusGenerator().generate(new CorpusRequest(20, 43, other, 2, false), CorpusProgress.NONE);

        assertThat(Files.readString(other.resolve("manifest.jsonl")))
                .isNotEqualTo(Files.readString(corpus.resolve("manifest.jsonl")));
    }

    @Test
    void thePersonsFileIsTheOneWrittenAloneAndTheReadmeDescribesIt() throws IOException {
        PersonsSummary alone = new CorpusGenerator().generatePersons(
                new CorpusRequest(SIZE, 42, root.resolve("persons-only"), 1, false));

        assertThat(summary.persons().records()).isEqualTo(CorpusRequest.defaultPersonRecords(SIZE)).isEqualTo(600);
        assertThat(Files.readAllBytes(corpus.resolve("persons/persons.csv")))
                .isEqualTo(Files.readAllBytes(alone.csv()));
        assertThat(corpus.resolve("persons/persons.yml")).exists();
        assertThat(Files.readString(corpus.resolve("README.txt"))).contains("persons/persons.csv", "Identity");
        assertThat(root.resolve("persons-only").resolve("manifest.jsonl")).doesNotExist();
    }

    @Test
    void everyKindFormatAndForceAppears() {
        Set<String> formats = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        Set<String> forces = new HashSet<>();
        for (JsonNode entry : manifest) {
            formats.add(entry.get("format").asString());
            kinds.add(entry.get("kind").asString() + "/" + entry.get("format").asString());
            forces.add(entry.get("force").asString());
        }
        assertThat(formats).contains("txt", "html", "docx", "pdf", "png", "jpg", "eml", "csv", "json");
        assertThat(kinds).contains("incident-report/txt", "incident-report/html", "witness-statement/docx",
                "witness-statement/pdf", "scanned-statement/pdf", "scanned-statement/png", "email/eml", "photo/jpg",
                "intelligence-log/txt", "intelligence-log/html", "rms-export/csv", "intelligence-export/json");
        assertThat(forces).containsExactlyInAnyOrder("metropolitan", "city-of-london", "kent", "btp", "essex");
        List<String> attachments = manifest.stream().filter(e -> e.path("facts").has("attachments"))
                .flatMap(e -> e.get("facts").get("attachments").valueStream()).map(JsonNode::asString).toList();
        assertThat(attachments).anyMatch(a -> a.endsWith(".zip"))
                .anyMatch(a -> a.matches("[^/]+\\.zip/[^/]+\\.(pdf|docx)"))
                .anyMatch(a -> a.matches("[^/]+\\.zip/IMG_\\d{8}_\\d{6}\\.jpg"))
                .anyMatch(a -> a.matches("MG11-[^/]+\\.(pdf|docx)"));
        assertThat(summary.files()).isEqualTo(SIZE);
    }

    @Test
    void theManifestListsEveryFileWithItsSizeAndHash() throws IOException {
        Map<String, String> onDisk = hashes(corpus);
        onDisk.remove("manifest.jsonl");
        onDisk.remove("README.txt");
        // The persons file carries its truth in a column of its own.
        onDisk.keySet().removeIf(path -> path.startsWith("persons/"));
        Map<String, String> listed = new TreeMap<>();
        for (JsonNode entry : manifest) {
            listed.put(entry.get("path").asString(), entry.get("sha256").asString());
            assertThat(Files.size(corpus.resolve(entry.get("path").asString()))).isEqualTo(entry.get("bytes").asLong());
            assertThat(entry.get("expected").size()).isPositive();
        }
        assertThat(listed).isEqualTo(onDisk);
        assertThat(Files.readString(corpus.resolve("README.txt"))).contains("GENERATED TEST DATA for Crossforce");
    }

    @Test
    void tikaFindsEveryExpectedPhraseInTheTextLayer() throws Exception {
        int checked = 0;
        for (JsonNode entry : manifest) {
            List<String> phrases = entry.get("expected").valueStream().filter(e -> "text".equals(e.get("via").asString()))
                    .map(e -> e.get("phrase").asString()).toList();
            if (phrases.isEmpty()) {
                continue;
            }
            String text = normalised(extract(corpus.resolve(entry.get("path").asString())).text());
            for (String phrase : phrases) {
                assertThat(text).as(entry.get("path").asString()).contains(normalised(phrase));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(SIZE / 2);
    }

    @Test
    void narrativeFilesSayTheyAreGeneratedTestData() throws Exception {
        for (JsonNode entry : manifest) {
            String kind = entry.get("kind").asString();
            if (kind.equals("incident-report") || kind.equals("witness-statement") || kind.equals("email")
                    || kind.equals("intelligence-log")) {
                assertThat(extract(corpus.resolve(entry.get("path").asString())).text())
                        .as(entry.get("path").asString()).contains("GENERATED TEST DATA for Crossforce");
            }
        }
    }

    @Test
    void everyEntityInTheTextOfReportsLogsAndEmailsIsWrittenAsTheManifestSays() throws IOException {
        int checked = 0;
        for (JsonNode entry : manifest) {
            String format = entry.get("format").asString();
            if (!Set.of("txt", "html", "eml").contains(format)) {
                continue;
            }
            String raw = Files.readString(corpus.resolve(entry.get("path").asString()), StandardCharsets.UTF_8);
            String text = format.equals("html") ? raw.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&") : raw;
            for (JsonNode mention : entry.get("entities")) {
                if (!mention.has("part")) {
                    assertThat(text).as(entry.get("path").asString()).contains(mention.get("surface").asString());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void photosCarryExifGpsTimeAndCameraThatTikaReads() throws Exception {
        int photos = 0;
        for (JsonNode entry : manifest) {
            if (!entry.get("format").asString().equals("jpg")) {
                continue;
            }
            Metadata metadata = extract(corpus.resolve(entry.get("path").asString())).metadata();
            JsonNode gps = entry.get("facts").get("gps");
            assertThat(Double.parseDouble(metadata.get("geo:lat"))).isCloseTo(gps.get("lat").asDouble(), within(1e-4));
            assertThat(Double.parseDouble(metadata.get("geo:long"))).isCloseTo(gps.get("lon").asDouble(), within(1e-4));
            assertThat(metadata.get("exif:DateTimeOriginal")).isNotBlank();
            assertThat(metadata.get("tiff:Make")).isNotBlank();
            assertThat(metadata.get("tiff:Model")).isNotBlank();
            photos++;
        }
        assertThat(photos).isPositive();
    }

    @Test
    void scansHaveNoTextLayer() throws Exception {
        for (JsonNode entry : manifest) {
            if (entry.get("kind").asString().equals("scanned-statement")) {
                String phrase = entry.get("expected").get(0).get("phrase").asString();
                assertThat(entry.get("expected").get(0).get("via").asString()).isEqualTo("ocr");
                assertThat(normalised(extract(corpus.resolve(entry.get("path").asString())).text()))
                        .doesNotContain(normalised(phrase));
            }
        }
    }

    @Test
    void beaconRmsExportsHaveTheAgreedHeaderAndFormats() throws IOException {
        String header = "Occurrence No,Reported,Occurrence Type,Address,Postcode,Latitude,Longitude,Person 1 Name,"
                + "Person 1 DOB,Person 1 Role,Person 2 Name,Person 2 DOB,Person 2 Role,Vehicle VRM,Vehicle Make,"
                + "Vehicle Colour,Phone,Narrative,Protective Marking,Handling Code";
        Pattern name = Pattern.compile("[^,]+, [^,]+");
        int files = 0;
        for (JsonNode entry : manifest) {
            if (!entry.get("format").asString().equals("csv")) {
                continue;
            }
            Path file = corpus.resolve(entry.get("path").asString());
            assertThat(Files.readAllLines(file).getFirst().replace("\"", "")).isEqualTo(header);
            try (Reader reader = Files.newBufferedReader(file)) {
                List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader).getRecords();
                assertThat(rows).hasSize(entry.get("facts").get("records").asInt());
                for (CSVRecord row : rows) {
                    assertThat(row.get("Reported")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
                    assertThat(row.get("Person 1 Name")).matches(name);
                    assertThat(row.get("Person 1 DOB")).matches("(\\d{2}/\\d{2}/\\d{4})?");
                    assertThat(row.get("Person 1 Role")).isEqualTo("SUS");
                    assertThat(row.get("Person 2 Role")).isIn("VIC", "WIT", "");
                    // Older rows keep the abbreviations and 5x5x5 handling codes that mappings/beacon-rms.yml reads.
                    assertThat(row.get("Protective Marking")).isIn("OFFICIAL", "OFFICIAL-SENSITIVE", "O", "OS");
                    assertThat(row.get("Handling Code")).isIn("P", "C", "1", "2", "3", "4", "5");
                }
            }
            files++;
        }
        assertThat(files).isPositive();
    }

    @Test
    void harbourIntelExportsHaveTheAgreedShape() throws IOException {
        List<String> keys = List.of("logId", "created", "grading", "classification", "subjects", "vehicles", "phones",
                "location", "text");
        for (JsonNode entry : manifest) {
            if (!entry.get("format").asString().equals("json")) {
                continue;
            }
            JsonNode logs = JSON.readTree(corpus.resolve(entry.get("path").asString()).toFile());
            assertThat(logs.isArray()).isTrue();
            for (JsonNode log : logs) {
                assertThat(log.propertyNames()).containsExactlyElementsOf(keys);
                assertThat(log.get("logId").asString()).matches("HI-\\d{4}-\\d{6}");
                assertThat(log.get("created").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
                assertThat(log.get("grading").get("source").asString()).isIn("A", "B", "C", "D", "E");
                assertThat(log.get("grading").get("intelligence").asString()).isIn("1", "2", "3", "4", "5");
                assertThat(log.get("grading").get("handling").asString()).isIn("P", "C");
                for (JsonNode subject : log.get("subjects")) {
                    assertThat(subject.propertyNames()).containsExactly("forename", "surname", "dateOfBirth", "role");
                }
                assertThat(log.get("location").propertyNames()).containsExactly("address", "postcode", "lat", "lon");
            }
        }
    }

    @Test
    void phonesComeOnlyFromOfcomDramaRanges() throws IOException {
        Pattern drama = Pattern.compile("07700900\\d{3}|0207946\\d{4}");
        for (JsonNode entry : manifest) {
            for (JsonNode mention : entry.get("entities")) {
                if (mention.get("type").asString().equals("phone")) {
                    String digits = mention.get("surface").asString().replaceAll("\\D", "").replaceFirst("^44", "0");
                    assertThat(digits).matches(drama);
                }
            }
        }
        // Nothing that looks like another UK mobile number anywhere in the text files.
        Pattern mobile = Pattern.compile("(?:\\+44 ?|\\b0)7\\d{3} ?\\d{6}\\b");
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(txt|html|eml|csv|json|jsonl)")).toList()) {
                mobile.matcher(Files.readString(file)).results().map(m -> m.group().replaceAll("\\D", "")
                        .replaceFirst("^44", "0")).forEach(n -> assertThat(n).as(file.toString()).startsWith("07700900"));
            }
        }
    }

    @Test
    void tesseractReadsTheScannedStatementsAndThePhotoCaptions() throws Exception {
        assertThat(onPath("tesseract")).as("tesseract must be on the PATH: scripts/test.sh installs it").isTrue();
        for (String format : List.of("png", "jpg")) {
            JsonNode entry = manifest.stream().filter(e -> e.get("format").asString().equals(format)).findFirst()
                    .orElseThrow();
            String phrase = entry.get("expected").get(0).get("phrase").asString();
            String read = ocr(corpus.resolve(entry.get("path").asString()));
            List<String> words = words(phrase);
            long found = words.stream().filter(words(read)::contains).count();
            assertThat(found).as("OCR of %s: %s", entry.get("path").asString(), read)
                    .isGreaterThanOrEqualTo(Math.round(words.size() * 0.8));
        }
    }

    static String ocr(Path image) throws Exception {
        Process process = new ProcessBuilder("tesseract", image.toString(), "stdout")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return text;
    }

    /** Lower case words without punctuation; Tesseract's usual misreading of I as | put right. */
    static List<String> words(String text) {
        return List.of(text.replace('|', 'I').toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 ]", " ")
                .trim().split("\\s+"));
    }

    static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    record Extracted(String text, Metadata metadata) {
    }

    /** Tika as ingestion uses it: detection, attachments and archive members included, no OCR. */
    static Extracted extract(Path file) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, metadata, context);
        }
        return new Extracted(handler.toString(), metadata);
    }

    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(dir.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

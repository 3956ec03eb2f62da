// Generates the Crossforce demo set (src/main/resources/demo/) and the document test fixtures
// (src/test/resources/documents/) from the plain-text sources kept beside this file.
// Run from the repository root; see src/demo-set/README.md for the exact command.

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

static final Path TOOL = Path.of("src/demo-set");
static final Path DEMO_OUT = Path.of("src/main/resources/demo");
static final Path FIXTURE_OUT = Path.of("src/test/resources/documents");
static final String DEMO_BANNER = "FICTIONAL DEMONSTRATION RECORD – Crossforce demo set. "
        + "All people, vehicles, phone numbers and events are invented; real place names are used for realism only.";
static final String FIXTURE_BANNER = "FICTIONAL TEST FIXTURE – Crossforce test suite. All content is invented.";

/** One text source: "Key: value" header lines, a line "---", then the body (blank line = new paragraph, "# " line = heading). */
record Source(String name, Map<String, String> meta, String body) {
    String get(String key) {
        var value = meta.get(key);
        if (value == null) throw new IllegalStateException(name + ": missing header " + key);
        return value;
    }
    String format() { return meta.getOrDefault("Format", name.substring(name.lastIndexOf('.') + 1)); }
    OffsetDateTime date() { return OffsetDateTime.parse(get("Date")); }
    /** Paragraphs of the body; a line starting "# " is a heading of its own and keeps its "# ". */
    List<String> paragraphs() {
        var out = new ArrayList<String>();
        for (String chunk : body.strip().split("\\n\\s*\\n")) {
            int eol = chunk.indexOf('\n');
            if (chunk.startsWith("# ") && eol > 0) {
                out.add(chunk.substring(0, eol));
                out.add(chunk.substring(eol + 1));
            } else {
                out.add(chunk);
            }
        }
        return out;
    }
}

void main() throws Exception {
    deleteTree(DEMO_OUT);
    var csv = new StringBuilder("force,file,marking,handling,source_system\n");
    try (var forces = Files.list(TOOL.resolve("demo"))) {
        for (Path forceDir : forces.sorted().toList()) {
            String force = forceDir.getFileName().toString();
            try (var files = Files.list(forceDir)) {
                for (Path file : files.sorted().toList()) {
                    Source src = load(file);
                    write(DEMO_OUT.resolve(force).resolve(src.name()), render(src, DEMO_BANNER));
                    csv.append(String.join(",", force, src.name(), src.get("Marking"), src.get("Handling"), src.get("System"))).append('\n');
                }
            }
        }
    }
    write(DEMO_OUT.resolve("demo-set.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));

    try (var files = Files.list(TOOL.resolve("fixtures"))) {
        for (Path file : files.sorted().toList()) {
            Source src = load(file);
            byte[] bytes = render(src, FIXTURE_BANNER);
            if ("half".equals(src.meta().get("Truncate"))) bytes = Arrays.copyOf(bytes, bytes.length / 2);
            write(FIXTURE_OUT.resolve(src.name()), bytes);
        }
    }
    write(FIXTURE_OUT.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[4096];
    new Random(20250101L).nextBytes(noise);
    write(FIXTURE_OUT.resolve("binary-noise.bin"), noise);
    IO.println("Demo set and fixtures written.");
}

/** Reads src/demo-set/.../NAME.txt; the output file is NAME (e.g. "witness-statement.docx.txt" gives "witness-statement.docx"). */
Source load(Path file) throws IOException {
    String text = Files.readString(file).replace("\r\n", "\n");
    int split = text.indexOf("\n---\n");
    var meta = new LinkedHashMap<String, String>();
    for (String line : text.substring(0, split).split("\n")) {
        int colon = line.indexOf(':');
        meta.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
    return new Source(name, meta, text.substring(split + 5));
}

byte[] render(Source src, String banner) throws Exception {
    return switch (src.format()) {
        case "pdf" -> pdf(src, banner);
        case "docx" -> docx(src, banner);
        case "eml" -> eml(src, banner);
        case "html" -> html(src, banner);
        case "txt" -> txt(src, banner);
        default -> throw new IllegalArgumentException(src.name() + ": unknown format " + src.format());
    };
}

String handlingLine(Source src) {
    return "Handling code: " + switch (src.get("Handling")) {
        case "P" -> "P – lawful sharing permitted";
        case "C" -> "C – lawful sharing permitted subject to conditions";
        default -> throw new IllegalArgumentException(src.name() + ": handling must be P or C");
    };
}

// ---------------------------------------------------------------- TXT: the title is the first line

byte[] txt(Source src, String banner) {
    var out = new StringBuilder();
    out.append(src.get("Title")).append('\n').append(src.get("Marking")).append('\n')
       .append(banner).append('\n').append(handlingLine(src)).append("\n\n");
    for (String para : src.paragraphs()) out.append(plain(para)).append("\n\n");
    out.append(src.get("Marking")).append('\n');
    return out.toString().getBytes(StandardCharsets.UTF_8);
}

/** A heading loses its "# " and is written in capitals, as plain-text police records do. */
String plain(String para) { return para.startsWith("# ") ? para.substring(2).toUpperCase(Locale.UK) : para; }

// ---------------------------------------------------------------- HTML

byte[] html(Source src, String banner) {
    var out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(esc(src.get("Title"))).append("</title>\n")
        .append("<meta name=\"author\" content=\"").append(esc(src.get("Author"))).append("\">\n")
        .append("<meta name=\"dcterms.created\" content=\"").append(src.date()).append("\">\n")
        .append("<meta name=\"security-classification\" content=\"").append(src.get("Marking")).append("\">\n")
        .append("<style>.marking{text-align:center;font-weight:bold;color:#a00}.banner{background:#ffe;border:1px solid #cc9;padding:4px}</style>\n")
        .append("</head>\n<body>\n")
        .append("<p class=\"marking\">").append(src.get("Marking")).append("</p>\n")
        .append("<p class=\"banner\">").append(esc(banner)).append("<br>").append(esc(handlingLine(src))).append("</p>\n")
        .append("<h1>").append(esc(src.get("Title"))).append("</h1>\n");
    for (String para : src.paragraphs()) {
        if (para.startsWith("# ")) out.append("<h2>").append(esc(para.substring(2))).append("</h2>\n");
        else out.append("<p>").append(esc(para).replace("\n", "<br>\n")).append("</p>\n");
    }
    out.append("<p class=\"marking\">").append(src.get("Marking")).append("</p>\n</body>\n</html>\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
}

String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); }

// ---------------------------------------------------------------- EML: MIME by hand, attachment base64

byte[] eml(Source src, String banner) throws Exception {
    String boundary = "=_crossforce_demo_" + Integer.toHexString(src.name().hashCode());
    var headers = new StringBuilder()
        .append("From: ").append(src.get("From")).append('\n')
        .append("To: ").append(src.get("To")).append('\n');
    if (src.meta().containsKey("Cc")) headers.append("Cc: ").append(src.get("Cc")).append('\n');
    headers.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(src.date())).append('\n')
        .append("Subject: ").append(encodeWord(src.get("Title"))).append('\n')
        .append("Message-ID: <").append(src.name().replace(".eml", "")).append("@crossforce-demo.invalid>\n")
        .append("X-Security-Classification: ").append(src.get("Marking")).append('\n')
        .append("MIME-Version: 1.0\n");
    var body = new StringBuilder(src.get("Marking")).append("\n\n").append(banner).append('\n')
        .append(handlingLine(src)).append("\n\n");
    for (String para : src.paragraphs()) body.append(plain(para)).append("\n\n");
    body.append(src.get("Marking")).append('\n');
    String textPart = "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + body;

    String message;
    if (!src.meta().containsKey("Attachment")) {
        message = headers + textPart;
    } else {
        Source attached = load(TOOL.resolve(src.get("Attachment")));
        String type = switch (attached.format()) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> throw new IllegalArgumentException("attach a pdf or docx");
        };
        String base64 = Base64.getMimeEncoder(76, "\n".getBytes()).encodeToString(render(attached, banner));
        message = headers + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n"
            + "This is a multi-part message in MIME format.\n\n"
            + "--" + boundary + "\n" + textPart + "\n"
            + "--" + boundary + "\n"
            + "Content-Type: " + type + "; name=\"" + attached.name() + "\"\n"
            + "Content-Disposition: attachment; filename=\"" + attached.name() + "\"\n"
            + "Content-Transfer-Encoding: base64\n\n" + base64 + "\n"
            + "--" + boundary + "--\n";
    }
    return message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
}

/** RFC 2047 encoded words (at most 75 characters each, folded) for a header that is not plain ASCII. */
String encodeWord(String s) {
    if (s.chars().allMatch(c -> c < 128)) return s;
    var words = new ArrayList<String>();
    var chunk = new StringBuilder();
    for (int cp : s.codePoints().toArray()) {
        if ((chunk + Character.toString(cp)).getBytes(StandardCharsets.UTF_8).length > 45) {
            words.add("=?UTF-8?B?" + Base64.getEncoder().encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8)) + "?=");
            chunk.setLength(0);
        }
        chunk.appendCodePoint(cp);
    }
    words.add("=?UTF-8?B?" + Base64.getEncoder().encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8)) + "?=");
    return String.join("\n ", words);
}

// ---------------------------------------------------------------- DOCX (Apache POI XWPF)

byte[] docx(Source src, String banner) throws Exception {
    try (var doc = new XWPFDocument(); var bytes = new ByteArrayOutputStream()) {
        var props = doc.getProperties().getCoreProperties();
        props.setTitle(src.get("Title"));
        props.setCreator(src.get("Author"));
        props.setLastModifiedByUser(src.get("Author"));
        props.setCategory(src.get("Marking"));
        props.setCreated(Optional.of(Date.from(src.date().toInstant())));
        props.setModified(Optional.of(Date.from(src.date().toInstant())));
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Crossforce demo-set generator");

        paragraph(doc, src.get("Marking"), true, 11, ParagraphAlignment.CENTER);
        paragraph(doc, banner + "\n" + handlingLine(src), false, 9, ParagraphAlignment.LEFT);
        paragraph(doc, src.get("Title"), true, 15, ParagraphAlignment.LEFT);
        for (String para : src.paragraphs()) {
            if (para.startsWith("# ")) paragraph(doc, para.substring(2), true, 12, ParagraphAlignment.LEFT);
            else paragraph(doc, para, false, 11, ParagraphAlignment.LEFT);
        }
        paragraph(doc, src.get("Marking"), true, 11, ParagraphAlignment.CENTER);
        doc.write(bytes);
        return stableZip(bytes.toByteArray(), src.date().toInstant().toEpochMilli());
    }
}

/** Rewrites the DOCX container with fixed entry times, so that regenerating gives identical bytes. */
byte[] stableZip(byte[] zip, long time) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var rewritten = new ZipOutputStream(out)) {
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
            var copy = new ZipEntry(entry.getName());
            copy.setTime(time);
            rewritten.putNextEntry(copy);
            in.transferTo(rewritten);
            rewritten.closeEntry();
        }
    }
    return out.toByteArray();
}

void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
    var p = doc.createParagraph();
    p.setAlignment(align);
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily("Arial");
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
        if (i > 0) run.addBreak();
        run.setText(lines[i]);
    }
}

// ---------------------------------------------------------------- PDF (Apache PDFBox, standard Helvetica)

static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);
static final float MARGIN = 56, WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

byte[] pdf(Source src, String banner) throws Exception {
    try (var doc = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
        var info = doc.getDocumentInformation();
        var created = GregorianCalendar.from(src.date().toZonedDateTime());
        info.setTitle(src.get("Title"));
        info.setAuthor(src.get("Author"));
        info.setSubject(src.get("Marking"));
        info.setCreator("Crossforce demo-set generator");
        info.setCreationDate(created);
        info.setModificationDate(created);

        var pages = new PdfPages(doc, src.get("Marking"));
        pages.write(banner + "\n" + handlingLine(src), REGULAR, 8.5f);
        pages.write(src.get("Title"), BOLD, 14);
        for (String para : src.paragraphs()) {
            if (para.startsWith("# ")) pages.write(para.substring(2), BOLD, 11.5f);
            else pages.write(para, REGULAR, 10.5f);
        }
        pages.close();
        // A fixed document ID instead of a time-based one, so that regenerating gives identical bytes.
        var id = new COSString(MessageDigest.getInstance("MD5").digest(src.name().getBytes(StandardCharsets.UTF_8)));
        var ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.save(bytes);
        return bytes.toByteArray();
    }
}

/** Writes wrapped lines onto A4 pages, each page carrying its marking at the top and the bottom. */
static final class PdfPages {
    final PDDocument doc;
    final String marking;
    PDPageContentStream out;
    float y, markingX;

    PdfPages(PDDocument doc, String marking) { this.doc = doc; this.marking = marking; }

    void write(String paragraph, PDType1Font font, float size) throws IOException {
        for (String line : paragraph.split("\n")) {
            for (String wrapped : wrap(line, font, size)) {
                if (out == null || y < MARGIN + 2 * size) newPage();
                text(wrapped, font, size, MARGIN, y);
                y -= size * 1.35f;
            }
        }
        y -= size * 0.8f;
    }

    List<String> wrap(String line, PDType1Font font, float size) throws IOException {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    void newPage() throws IOException {
        close();
        var page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        markingX = (PDRectangle.A4.getWidth() - BOLD.getStringWidth(marking) / 1000 * 10) / 2;
        text(marking, BOLD, 10, markingX, PDRectangle.A4.getHeight() - 32);
        y = PDRectangle.A4.getHeight() - MARGIN - 10;
    }

    void text(String s, PDType1Font font, float size, float x, float atY) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, atY);
        out.showText(s);
        out.endText();
    }

    void close() throws IOException {
        if (out == null) return;
        text(marking, BOLD, 10, markingX, 24);
        out.close();
        out = null;
    }
}

// ---------------------------------------------------------------- files

void write(Path path, byte[] bytes) throws IOException {
    Files.createDirectories(path.getParent());
    Files.write(path, bytes);
}

void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (var walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
}

package org.crossforce.corpus.render;

import java.nio.charset.StandardCharsets;

/** HTML as an intranet or a records system's print view writes it, with its marking in meta tags. */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    public static byte[] render(TextDocument doc) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(escape(doc.author())).append("\">\n")
                .append("<meta name=\"dcterms.created\" content=\"").append(doc.created().toOffsetDateTime()).append("\">\n")
                .append("<meta name=\"security-classification\" content=\"").append(doc.marking()).append("\">\n")
                .append("<meta name=\"handling-code\" content=\"").append(doc.handling()).append("\">\n")
                .append("<style>.marking{text-align:center;font-weight:bold;color:#a00}")
                .append(".banner{background:#ffe;border:1px solid #cc9;padding:4px}th{text-align:left}</style>\n")
                .append("</head>\n<body>\n")
                .append("<p class=\"marking\">").append(doc.marking()).append("</p>\n")
                .append("<p class=\"banner\">").append(escape(TextDocument.BANNER)).append("<br>")
                .append(escape(doc.handlingLine())).append("</p>\n")
                .append("<h1>").append(escape(doc.title())).append("</h1>\n");
        boolean inTable = false;
        for (TextDocument.Block block : doc.blocks()) {
            if (block.type() == TextDocument.Type.FIELD) {
                if (!inTable) {
                    out.append("<table class=\"fields\">\n");
                    inTable = true;
                }
                int colon = block.text().indexOf(": ");
                out.append("<tr><th>").append(escape(block.text().substring(0, colon))).append("</th><td>")
                        .append(escape(block.text().substring(colon + 2))).append("</td></tr>\n");
                continue;
            }
            if (inTable) {
                out.append("</table>\n");
                inTable = false;
            }
            String tag = block.type() == TextDocument.Type.HEADING ? "h2" : "p";
            out.append('<').append(tag).append('>').append(escape(block.text())).append("</").append(tag).append(">\n");
        }
        if (inTable) {
            out.append("</table>\n");
        }
        out.append("<p class=\"marking\">").append(doc.marking()).append("</p>\n</body>\n</html>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

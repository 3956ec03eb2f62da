package org.crossforce.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Html;
import org.crossforce.indexing.ReportDocument.EntityMention;

/**
 * A document's text with its entity mentions marked by type, each a link to the entity's profile.
 * Everything else is escaped: the text is evidence and may hold any markup.
 */
final class MarkedText {

    private MarkedText() {
    }

    static Html of(String text, List<EntityMention> mentions, int shown) {
        String visible = text.length() <= shown ? text : text.substring(0, shown);
        StringBuilder html = new StringBuilder("<pre class=\"cf-text\" id=\"document-text\">");
        int at = 0;
        List<EntityMention> inOrder = mentions.stream()
                .filter(m -> m.end() > m.start() && m.end() <= visible.length())
                .sorted(Comparator.comparingInt(EntityMention::start)).toList();
        for (EntityMention mention : inOrder) {
            if (mention.start() < at) {
                continue;
            }
            html.append(escape(visible.substring(at, mention.start())));
            html.append("<a class=\"cf-mention cf-entity-").append(escape(mention.type()))
                    .append("\" href=\"").append(EntityView.href(mention.id()))
                    .append("\" title=\"").append(escape(EntityLabels.type(mention.type()) + ": " + mention.value()))
                    .append("\">").append(escape(visible.substring(mention.start(), mention.end()))).append("</a>");
            at = mention.end();
        }
        html.append(escape(visible.substring(at))).append("</pre>");
        return new Html(html.toString());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.crossforce.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void emphasisIsTheOnlyMarkupLeft() {
        assertThat(Highlights.safe("a <em>burglary</em> at <script>alert(1)</script><img src=x onerror=alert(2)>"))
                .isEqualTo("a <em>burglary</em> at &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void escapedTextStaysAsElasticsearchEscapedIt() {
        assertThat(Highlights.safe("Sandhu &amp; Lowe &lt;b&gt; <em>Cheapside</em>"))
                .isEqualTo("Sandhu &amp; Lowe &lt;b&gt; <em>Cheapside</em>");
    }
}

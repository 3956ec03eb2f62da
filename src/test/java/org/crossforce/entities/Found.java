package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the tests ask of a text: the ids found in it, after checking every mention's offsets. */
final class Found {

    private static final EntityFinder FINDER = new EntityFinder();

    private Found() {
    }

    static List<Mention> mentions(String text) {
        List<Mention> mentions = FINDER.find(text);
        for (Mention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).as("surface of %s", m).isEqualTo(m.text());
        }
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).start()).as("sorted and apart")
                    .isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
        return mentions;
    }

    static List<String> ids(String text) {
        return mentions(text).stream().map(m -> m.entity().toString()).toList();
    }

    static List<String> ids(String text, EntityType type) {
        return mentions(text).stream().filter(m -> m.type() == type).map(m -> m.entity().toString()).toList();
    }
}

package org.crossforce.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserQueryTest {

    @Test
    void aColonIsTextNotAFieldName() {
        assertThat(UserQuery.escape("Crime ID: 123")).isEqualTo("Crime ID\\: 123");
    }

    @Test
    void slashesAndBracketsAreTextNotRegularExpressionsOrRanges() {
        assertThat(UserQuery.escape("CoL/25/04812 [draft]")).isEqualTo("CoL\\/25\\/04812 \\[draft\\]");
    }

    @Test
    void theAnalystsSyntaxIsKept() {
        String query = "\"county lines\" AND (smyth~ OR smith) -released burg*";
        assertThat(UserQuery.escape(query)).isEqualTo(query);
    }
}

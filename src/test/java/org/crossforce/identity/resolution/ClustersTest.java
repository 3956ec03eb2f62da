package org.crossforce.identity.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClustersTest {

    private static final String[] NONE = {};

    @Test
    void anIdentityNeverHoldsTwoPncIds() {
        Clusters c = new Clusters(4);
        int a = c.add(new String[] {"2009/0345678Y"}, 0);
        int b = c.add(NONE, 0);
        int d = c.add(new String[] {"2011/0000001Z"}, 0);
        c.union(a, b);

        assertThat(c.conflict(b, d)).isEqualTo(Clusters.PNCS_APART);
        assertThat(c.conflict(a, c.add(new String[] {"2009/0345678Y"}, 0))).isNull();
    }

    @Test
    void datesOfBirthJoinOnlyWhereATypingErrorExplainsThem() {
        // As yyyymmdd: 14 March 1994 against its day and month written the other way round (19941403),
        // against 14 March 1995 (one digit), and against 30 September 1968.
        assertThat(Clusters.compatibleBirths(Set.of(19940314), Set.of(19941403))).isTrue();
        assertThat(Clusters.compatibleBirths(Set.of(19940314), Set.of(19950314))).isTrue();
        assertThat(Clusters.compatibleBirths(Set.of(19940314), Set.of(19680930))).isFalse();
        // A father's identity that also holds a typo of his own date still refuses the son's.
        assertThat(Clusters.compatibleBirths(Set.of(19680930, 19680903), Set.of(19970930))).isFalse();
        assertThat(Clusters.compatibleBirths(null, Set.of(19680930))).isTrue();
    }

    @Test
    void recordsJudgedApartKeepTheirIdentitiesApartUntilAllowed() {
        Clusters c = new Clusters(4);
        int a = c.add(NONE, 0);
        int b = c.add(NONE, 0);
        int x = c.add(NONE, 0);
        c.union(b, x);
        c.keepApart(a, x);

        assertThat(c.conflict(a, b)).isEqualTo(Clusters.JUDGED_APART);
        assertThat(c.apartBetween(a, b)).singleElement().satisfies(p -> assertThat(p).containsExactly(a, x));

        c.allow(a, x);

        assertThat(c.conflict(a, b)).isNull();
    }

    @Test
    void membersAreARingTheLargerIdentitysRootSurvives() {
        Clusters c = new Clusters(2);
        int[] r = new int[5];
        for (int i = 0; i < 5; i++) {
            r[i] = c.add(NONE, 0);
        }
        c.union(r[0], r[1]);
        c.union(r[0], r[2]);
        int root = c.union(r[3], r[0]);

        assertThat(root).isEqualTo(c.find(r[0]));
        assertThat(c.size(root)).isEqualTo(4);
        assertThat(c.members(r[3])).containsExactlyInAnyOrder(r[0], r[1], r[2], r[3]);
        assertThat(c.sample(r[2], 2)).hasSize(2).startsWith(r[2]);
        assertThat(c.members(r[4])).containsExactly(r[4]);
    }

    @Test
    void idsStayWithMostOfTheirRecordsTheLargerIdentityFirst() {
        // Before: a, b and c were ID-1, d was ID-2. Now {a, b} and {c, d, e}. The larger chooses
        // first: c votes ID-1, d votes ID-2, and the tie goes to the smaller id, ID-1. ID-1 is then
        // taken, so {a, b} gets a new id derived from its smallest key.
        Map<String, String> previous = Map.of("a", "ID-1", "b", "ID-1", "c", "ID-1", "d", "ID-2");

        String[] ids = IdentityIds.assign(List.of(List.of("a", "b"), List.of("c", "d", "e")), previous);

        assertThat(ids[1]).isEqualTo("ID-1");
        assertThat(ids[0]).isEqualTo(IdentityIds.derived("a"));
        assertThat(IdentityIds.derived("a")).matches("ID-[0-9a-f]{12}").isEqualTo(IdentityIds.derived("a"));
    }
}

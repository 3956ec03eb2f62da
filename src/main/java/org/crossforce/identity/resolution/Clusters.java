package org.crossforce.identity.resolution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Records joined into identities (union-find), with what may never be joined: records an analyst
 * judged to be different people, and identities holding different PNC ids. Each identity's members
 * are kept as a ring, so a sample of them can be read without a search.
 */
final class Clusters {

    static final String JUDGED_APART = "judged to be different people";
    static final String PNCS_APART = "different PNC ids";
    static final String BIRTHS_APART = "dates of birth that no typing error explains";

    private int[] parent;
    private int[] size;
    private int[] next;
    private int count;
    private final Map<Integer, Set<String>> pncs = new HashMap<>();
    /** Per root, its members' full dates of birth as yyyymmdd. */
    private final Map<Integer, Set<Integer>> births = new HashMap<>();
    private final Map<Integer, IntList> apart = new HashMap<>();
    /** Per root, how many members have a judged-apart record. */
    private final Map<Integer, Integer> constrained = new HashMap<>();

    Clusters(int capacity) {
        parent = new int[Math.max(capacity, 16)];
        size = new int[parent.length];
        next = new int[parent.length];
    }

    /** Adds a record as an identity of its own; returns its index. */
    int add(String[] recordPncs, int birth) {
        if (count == parent.length) {
            int n = count * 2;
            parent = Arrays.copyOf(parent, n);
            size = Arrays.copyOf(size, n);
            next = Arrays.copyOf(next, n);
        }
        int i = count++;
        parent[i] = i;
        size[i] = 1;
        next[i] = i;
        if (recordPncs.length > 0) {
            pncs.put(i, new HashSet<>(Arrays.asList(recordPncs)));
        }
        if (birth > 0) {
            births.put(i, new HashSet<>(Set.of(birth)));
        }
        return i;
    }

    int count() {
        return count;
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    int size(int root) {
        return size[root];
    }

    /** Records judged to be different people. */
    void keepApart(int a, int b) {
        note(a, b);
        note(b, a);
    }

    /** Forgets that a and b were judged different people: an analyst has since said they are one. */
    void allow(int a, int b) {
        forget(a, b);
        forget(b, a);
    }

    private void forget(int a, int b) {
        IntList list = apart.get(a);
        if (list == null) {
            return;
        }
        IntList kept = new IntList();
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) != b) {
                kept.add(list.get(k));
            }
        }
        if (kept.size() < list.size()) {
            apart.put(a, kept);
            constrained.merge(find(a), -(list.size() - kept.size()), Integer::sum);
        }
    }

    /** Pairs of members, one of each identity, judged different people. */
    java.util.List<int[]> apartBetween(int a, int b) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int other = find(b);
        int m = find(a);
        int start = m;
        do {
            IntList list = apart.get(m);
            for (int k = 0; list != null && k < list.size(); k++) {
                if (find(list.get(k)) == other) {
                    out.add(new int[] {m, list.get(k)});
                }
            }
            m = next[m];
        } while (m != start);
        return out;
    }

    private void note(int a, int b) {
        apart.computeIfAbsent(a, x -> new IntList()).add(b);
        constrained.merge(find(a), 1, Integer::sum);
    }

    /** Why the identities of a and b may not be joined, or null when they may. */
    String conflict(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        Set<String> x = pncs.get(ra);
        Set<String> y = pncs.get(rb);
        if (x != null && y != null && !x.containsAll(y) && !y.containsAll(x)) {
            return PNCS_APART;
        }
        if (!compatibleBirths(births.get(ra), births.get(rb))) {
            return BIRTHS_APART;
        }
        int small = constrained.getOrDefault(ra, 0) <= constrained.getOrDefault(rb, 0) ? ra : rb;
        if (constrained.getOrDefault(small, 0) == 0) {
            return null;
        }
        int other = small == ra ? rb : ra;
        int m = small;
        do {
            IntList list = apart.get(m);
            for (int k = 0; list != null && k < list.size(); k++) {
                if (find(list.get(k)) == other) {
                    return JUDGED_APART;
                }
            }
            m = next[m];
        } while (m != small);
        return null;
    }

    /**
     * Whether two identities' full dates of birth could be one person's: some date of one is the
     * same as, or a typing error (one digit, day and month swapped) of, some date of the other.
     * Father and son of one name at one address differ here and nowhere else.
     */
    static boolean compatibleBirths(Set<Integer> a, Set<Integer> b) {
        if (a == null || b == null) {
            return true;
        }
        for (int x : a) {
            for (int y : b) {
                if (Comparer.birth(x, y) <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Joins the identities of a and b; returns the new root. */
    int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return ra;
        }
        if (size[ra] < size[rb] || size[ra] == size[rb] && rb < ra) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        int t = next[ra];
        next[ra] = next[rb];
        next[rb] = t;
        Set<Integer> born = births.remove(rb);
        if (born != null) {
            births.computeIfAbsent(ra, x -> new HashSet<>()).addAll(born);
        }
        Set<String> moved = pncs.remove(rb);
        if (moved != null) {
            pncs.computeIfAbsent(ra, x -> new HashSet<>()).addAll(moved);
        }
        Integer c = constrained.remove(rb);
        if (c != null) {
            constrained.merge(ra, c, Integer::sum);
        }
        return ra;
    }

    /**
     * Makes each of these records (all the members of one identity) an identity of its own again,
     * keeping what they may never be joined to, so that they can be joined afresh.
     */
    void reset(int[] members, String[][] memberPncs, int[] memberBirths) {
        int root = find(members[0]);
        pncs.remove(root);
        births.remove(root);
        constrained.remove(root);
        for (int k = 0; k < members.length; k++) {
            int m = members[k];
            parent[m] = m;
            size[m] = 1;
            next[m] = m;
            if (memberPncs[k].length > 0) {
                pncs.put(m, new HashSet<>(Arrays.asList(memberPncs[k])));
            }
            if (memberBirths[k] > 0) {
                births.put(m, new HashSet<>(Set.of(memberBirths[k])));
            }
            IntList list = apart.get(m);
            if (list != null) {
                constrained.put(m, list.size());
            }
        }
    }

    /** Up to n members of x's identity, x first. */
    int[] sample(int x, int n) {
        int root = find(x);
        int[] out = new int[Math.min(n, size[root])];
        int m = x;
        for (int k = 0; k < out.length; k++) {
            out[k] = m;
            m = next[m];
        }
        return out;
    }

    /** Every member of x's identity. */
    int[] members(int x) {
        return sample(x, Integer.MAX_VALUE);
    }
}

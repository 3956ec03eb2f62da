package org.crossforce.identity.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the pairs worth comparing without comparing all pairs: records meet when they share a
 * blocking key. Keys are the sound of the surname with the forename's initial (either way round,
 * and for each half of a double-barrelled name), the date of birth (day and month in either
 * order), the formal forename with the year of birth, the surname's sound with the year, and each
 * phone, email, vehicle, PNC id and premises. A key shared by more records than a block may hold is
 * narrowed by the year of birth; still too many and it is dropped, which the evaluation's
 * blocking recall shows.
 */
final class Blocker {

    private final Nicknames nicknames;
    private final int maxBlock;

    Blocker(Nicknames nicknames, int maxBlock) {
        this.nicknames = nicknames;
        this.maxBlock = maxBlock;
    }

    /** A key, and the narrower key to use instead when this one is too common (null: none). */
    record Key(String key, String narrower) {
    }

    List<Key> keys(Features r) {
        List<Key> keys = new ArrayList<>();
        String year = r.year == 0 ? null : Integer.toString(r.year);
        char initial = r.forename == null ? 0 : r.forename.charAt(0);
        if (r.surnameCode != null && initial != 0) {
            add(keys, "S" + r.surnameCode + "/" + initial, year);
            for (String part : r.partCodes) {
                add(keys, "S" + part + "/" + initial, year);
            }
            if (r.forenameCode != null) {
                add(keys, "S" + r.forenameCode + "/" + r.surname.charAt(0), year);
            }
        }
        if (r.hasDate()) {
            keys.add(new Key("B" + r.year + "-" + Math.min(r.day, r.month) + "-" + Math.max(r.day, r.month), null));
        }
        if (year != null && r.forename != null && r.forename.length() > 1) {
            for (String formal : nicknames.formal(r.forename)) {
                add(keys, "F" + formal + "/" + year, null);
            }
        }
        if (year != null && r.surnameCode != null) {
            add(keys, "Y" + r.surnameCode + "/" + year, null);
        }
        for (String v : r.phones) {
            add(keys, "P" + v, null);
        }
        for (String v : r.emails) {
            add(keys, "E" + v, null);
        }
        for (String v : r.vrms) {
            add(keys, "V" + v, null);
        }
        for (String v : r.pncs) {
            add(keys, "C" + v, null);
        }
        for (String v : r.addressKeys) {
            add(keys, "A" + v, initial == 0 ? null : String.valueOf(initial));
        }
        return keys;
    }

    private static void add(List<Key> keys, String key, String narrowBy) {
        keys.add(new Key(key, narrowBy == null ? null : key + "|" + narrowBy));
    }

    /** The blocks of a set of records: each key's record indexes, too-common keys narrowed or dropped. */
    Blocks blocks(Features[] records) {
        Map<String, Gathering> byKey = new HashMap<>();
        for (int i = 0; i < records.length; i++) {
            for (Key k : keys(records[i])) {
                byKey.computeIfAbsent(k.key(), x -> new Gathering()).add(i, k.narrower());
            }
        }
        Map<String, IntList> blocks = new HashMap<>();
        java.util.Set<String> wide = new java.util.HashSet<>();
        int dropped = 0;
        for (Map.Entry<String, Gathering> e : byKey.entrySet()) {
            Gathering g = e.getValue();
            if (g.members.size() <= maxBlock) {
                blocks.put(e.getKey(), g.members);
                continue;
            }
            wide.add(e.getKey());
            Map<String, IntList> split = new HashMap<>();
            for (int k = 0; k < g.members.size(); k++) {
                String key = g.narrower.get(k);
                if (key != null) {
                    split.computeIfAbsent(key, x -> new IntList()).add(g.members.get(k));
                }
            }
            dropped += split.isEmpty() ? 1 : 0;
            for (Map.Entry<String, IntList> s : split.entrySet()) {
                if (s.getValue().size() <= maxBlock) {
                    blocks.put(s.getKey(), s.getValue());
                } else {
                    dropped++;
                }
            }
        }
        return new Blocks(blocks, wide, dropped);
    }

    /** One key's records as they are found, each with its narrower key. */
    private static final class Gathering {

        final IntList members = new IntList();
        final List<String> narrower = new ArrayList<>(2);

        void add(int record, String narrowerKey) {
            if (members.isEmpty() || members.last() != record) {
                members.add(record);
                narrower.add(narrowerKey);
            }
        }
    }

    /**
     * @param wide    keys shared by too many records, whose narrower keys are used instead
     * @param dropped keys shared by too many records even when narrowed
     */
    record Blocks(Map<String, IntList> members, java.util.Set<String> wide, int dropped) {

        /** Every pair of records sharing a block, once each, as {@code i << 32 | j} with i < j, sorted. */
        long[] pairs() {
            LongList pairs = new LongList();
            for (IntList block : members.values()) {
                int n = block.size();
                for (int x = 0; x < n; x++) {
                    for (int y = x + 1; y < n; y++) {
                        int i = block.get(x);
                        int j = block.get(y);
                        pairs.add(i < j ? (long) i << 32 | j : (long) j << 32 | i);
                    }
                }
            }
            long[] all = pairs.toArray();
            Arrays.parallelSort(all);
            int unique = 0;
            for (int k = 0; k < all.length; k++) {
                if (k == 0 || all[k] != all[k - 1]) {
                    all[unique++] = all[k];
                }
            }
            return Arrays.copyOf(all, unique);
        }
    }
}

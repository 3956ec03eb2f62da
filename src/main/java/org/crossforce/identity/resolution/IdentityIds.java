package org.crossforce.identity.resolution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stable identity ids across runs. An identity keeps the id most of its records had before,
 * unless a larger identity claims it first; a new one takes an id derived from its smallest record key.
 */
final class IdentityIds {

    private IdentityIds() {
    }

    /**
     * @param groups   each identity's record keys
     * @param previous each record key's earlier identity id, where it had one
     * @return each group's id, in the order of groups
     */
    static String[] assign(List<List<String>> groups, Map<String, String> previous) {
        String[] ids = new String[groups.size()];
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            order.add(g);
        }
        order.sort(Comparator.comparingInt((Integer g) -> -groups.get(g).size()).thenComparing(g -> smallest(groups.get(g))));
        Set<String> taken = new HashSet<>();
        for (int g : order) {
            Map<String, Integer> votes = new HashMap<>();
            for (String key : groups.get(g)) {
                String id = previous.get(key);
                if (id != null && !taken.contains(id)) {
                    votes.merge(id, 1, Integer::sum);
                }
            }
            String id = votes.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
            if (id == null) {
                id = derived(smallest(groups.get(g)));
                while (taken.contains(id)) {
                    id = derived(id);
                }
            }
            taken.add(id);
            ids[g] = id;
        }
        return ids;
    }

    /** "ID-" and 12 hex digits of SHA-256 over the key. */
    static String derived(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "ID-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String smallest(List<String> keys) {
        return keys.stream().min(Comparator.naturalOrder()).orElseThrow();
    }
}

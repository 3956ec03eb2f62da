package org.crossforce.identity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds an identity's profile from the records the viewer may see. */
final class Profiles {

    private Profiles() {
    }

    static IdentityRecord record(PersonRecord p, PairExplanation joinedBy) {
        return new IdentityRecord(p.key(), Visibility.documentOf(p.key()), p.force(), p.sourceSystem(), p.sourceKey(),
                p.name(), p.born(), p.addresses().stream().map(PersonRecord.Address::shown).toList(), p.phones(), p.emails(),
                p.vrms(), p.pncs(), joinedBy);
    }

    static IdentityProfile profile(String id, List<IdentityRecord> records, List<StoredJudgement> judged) {
        List<String> names = ranked(records, IdentityRecord::name);
        String fullest = records.stream().map(IdentityRecord::name)
                .max(Comparator.comparingInt((String n) -> n.split(" ").length).thenComparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder()))
                .orElse("");
        return new IdentityProfile(id, heading(records, fullest), names,
                ranked(records, IdentityRecord::born), ranked(records, IdentityRecord::force),
                ranked(records, IdentityRecord::sourceSystem),
                records.stream().sorted(Comparator.comparing(IdentityRecord::force).thenComparing(IdentityRecord::sourceSystem)
                        .thenComparing(IdentityRecord::sourceKey)).toList(),
                judged);
    }

    /**
     * The name to head the identity: the most used spelling with a whole forename and a surname,
     * the longest of those used equally often (Jonathan over Jon); else the fullest.
     */
    private static String heading(List<IdentityRecord> records, String fullest) {
        Map<String, Long> counts = new LinkedHashMap<>();
        records.stream().map(IdentityRecord::name).filter(n -> n.contains(" ") && !n.matches("^\\S\\.? .*"))
                .forEach(n -> counts.merge(n, 1L, Long::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(fullest);
    }

    /** Distinct values, the most frequent first. */
    private static List<String> ranked(List<IdentityRecord> records, Function<IdentityRecord, String> field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        records.stream().map(field).filter(v -> v != null && !v.isBlank())
                .forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

}

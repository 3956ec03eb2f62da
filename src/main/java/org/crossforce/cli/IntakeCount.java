package org.crossforce.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossforce.forces.Force;
import org.crossforce.forces.Forces;
import org.crossforce.intake.IntakeItem;
import org.crossforce.intake.IntakeService;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;

/**
 * The count check of the portal's load benchmark, through the intake queues as each force's
 * intake officer sees them: every acknowledged report is in its force's queue, once, and in no
 * other force's. Each report of a run starts with a marker of its own, so that one stored twice
 * under two references (a send taken twice) shows too, not only a reference listed twice.
 */
final class IntakeCount {

    /** The most an intake queue lists at once. */
    static final int QUEUE_LIMIT = 1000;

    private static final Pattern MARKER = Pattern.compile("^Load ([0-9a-z]+)-(\\d+):");

    /**
     * @param found      acknowledged references of this force found in its queue
     * @param lost       acknowledged but not in the force's queue
     * @param duplicated listed more than once, or the same report stored under more than one reference
     * @param strays     acknowledged for this force, found in another force's queue
     */
    record Row(String force, int acknowledged, int found, int lost, int duplicated, int strays) {
    }

    /**
     * @param unacknowledged reports of the run in a queue that no client saw acknowledged: a send
     *                       whose answer did not arrive
     * @param unverifiable   forces whose queue holds more than it lists, so that a report may hide
     */
    record Result(List<Row> rows, int unacknowledged, List<String> unverifiable) {

        int acknowledged() {
            return rows.stream().mapToInt(Row::acknowledged).sum();
        }

        int found() {
            return rows.stream().mapToInt(Row::found).sum();
        }

        int lost() {
            return rows.stream().mapToInt(Row::lost).sum();
        }

        int duplicated() {
            return rows.stream().mapToInt(Row::duplicated).sum();
        }

        int strays() {
            return rows.stream().mapToInt(Row::strays).sum();
        }

        boolean passed() {
            return lost() == 0 && duplicated() == 0 && unverifiable.isEmpty();
        }
    }

    private IntakeCount() {
    }

    static String marker(String run, int index) {
        return "Load " + run + "-" + index;
    }

    static Result check(IntakeService intake, Forces forces, String run, List<PortalWalk.Outcome> outcomes) {
        Map<String, ForceCode> byName = new HashMap<>();
        forces.all().forEach(f -> byName.put(f.name(), f.code()));
        Map<String, String> acknowledgedForce = new LinkedHashMap<>();
        Map<Integer, String> acknowledgedMarker = new HashMap<>();
        for (PortalWalk.Outcome o : outcomes) {
            if (o.acknowledged()) {
                ForceCode code = byName.get(o.forceName());
                acknowledgedForce.put(o.reference(), code == null ? o.forceName() : code.value());
                acknowledgedMarker.put(o.plan().index(), o.reference());
            }
        }
        // Every force's queue, as its own intake officer sees it: a stray can be anywhere.
        Map<String, List<String>> listedIn = new HashMap<>();
        Map<Integer, Set<String>> referencesOf = new HashMap<>();
        List<String> unverifiable = new ArrayList<>();
        for (Force force : forces.all()) {
            Caller officer = new Caller("benchmark-portal", Set.of(Roles.INTAKE), Set.of(force.code()), Marking.OFFICIAL,
                    "benchmark-portal count check", "command line", List.of());
            if (intake.waiting(officer, force.code()) > QUEUE_LIMIT) {
                unverifiable.add(force.name());
            }
            for (IntakeItem item : intake.queue(officer, force.code(), IntakeService.WAITING, QUEUE_LIMIT)) {
                Matcher m = MARKER.matcher(item.summary() == null ? "" : item.summary());
                if (m.find() && m.group(1).equals(run)) {
                    listedIn.computeIfAbsent(item.reference(), r -> new ArrayList<>()).add(force.code().value());
                    referencesOf.computeIfAbsent(Integer.parseInt(m.group(2)), i -> new java.util.HashSet<>())
                            .add(item.reference());
                }
            }
        }
        Map<String, int[]> counts = new TreeMap<>();
        acknowledgedForce.forEach((reference, force) -> {
            int[] c = counts.computeIfAbsent(force, f -> new int[5]);
            List<String> where = listedIn.getOrDefault(reference, List.of());
            long home = where.stream().filter(force::equals).count();
            c[0]++;
            c[home > 0 ? 1 : 2]++;
            c[3] += home > 1 ? 1 : 0;
            c[4] += where.size() > home ? 1 : 0;
        });
        referencesOf.forEach((index, references) -> {
            String acknowledged = acknowledgedMarker.get(index);
            if (references.size() > 1 && acknowledged != null) {
                counts.get(acknowledgedForce.get(acknowledged))[3]++;
            }
        });
        int unacknowledged = (int) referencesOf.keySet().stream().filter(i -> !acknowledgedMarker.containsKey(i)).count();
        List<Row> rows = new ArrayList<>();
        counts.forEach((force, c) -> rows.add(new Row(forces.find(force).map(Force::name).orElse(force), c[0], c[1], c[2],
                c[3], c[4])));
        return new Result(rows, unacknowledged, unverifiable);
    }
}

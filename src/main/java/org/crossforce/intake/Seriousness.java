package org.crossforce.intake;

/**
 * How soon an intake officer should look at a report, 0 to 3: the queue shows the most serious
 * first, then the oldest. Someone hurt counts most; a hate crime is a crime the forces have
 * pledged to take seriously; behaviour still going on comes before what is over.
 */
final class Seriousness {

    static final int HIGHEST = 3;

    private Seriousness() {
    }

    static int of(ReportKind kind, boolean anyoneHurt, boolean ongoing) {
        int base = switch (kind) {
            case HATE -> 2;
            case CRIME, INFORMATION, APPEAL -> 1;
            case ASB -> 0;
        };
        return Math.min(HIGHEST, base + (anyoneHurt ? 2 : 0) + (ongoing ? 1 : 0));
    }

    static String label(int seriousness) {
        return switch (seriousness) {
            case 3 -> "High";
            case 2 -> "Raised";
            case 1 -> "Routine";
            default -> "Low";
        };
    }
}

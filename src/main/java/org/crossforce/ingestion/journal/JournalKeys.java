package org.crossforce.ingestion.journal;

/** Keys that sort entries of a job together and in the order they were sent. */
final class JournalKeys {

    private JournalKeys() {
    }

    static String entry(String jobId, int seq) {
        return jobId + "/" + String.format("%07d", seq);
    }

    static String firstOf(String jobId) {
        return jobId + "/";
    }

    static String jobOf(String key) {
        return key.substring(0, key.lastIndexOf('/'));
    }

    static boolean belongsTo(String key, String jobId) {
        return key.startsWith(jobId + "/");
    }
}

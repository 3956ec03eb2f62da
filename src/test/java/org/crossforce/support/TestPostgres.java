package org.crossforce.support;

import java.util.UUID;

/**
 * The real PostgreSQL that {@code scripts/test.sh} starts for the tests. Each caller gets a
 * schema of its own, so tests never see each other's rows.
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    /** A JDBC URL for a new, empty schema, and the schema's name. */
    public static Database freshSchema() {
        String url = System.getenv("CROSSFORCE_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No PostgreSQL for the tests: run them with ./scripts/test.sh, which "
                    + "starts one and sets CROSSFORCE_TEST_POSTGRES_URL.");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return new Database(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, schema);
    }

    public record Database(String url, String schema) {
    }
}

package org.crossforce.audit;

import javax.sql.DataSource;

import org.crossforce.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same chain on a real PostgreSQL, the store that several Crossforce instances share: the
 * schema migrates there too, and appends from many threads still make one chain.
 */
class PostgresAuditTrailTest extends AuditTrailTest {

    @Override
    DataSource migratedDatabase() {
        TestPostgres.Database database = TestPostgres.freshSchema();
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(database.url());
        Flyway.configure().dataSource(postgres).schemas(database.schema()).load().migrate();
        return postgres;
    }
}

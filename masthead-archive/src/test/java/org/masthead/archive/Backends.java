package org.masthead.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases of record every archive test runs against: an H2 file database under the test's data
 * folder, and a real PostgreSQL server (127.0.0.1:5432, user postgres) where each test gets a fresh schema
 * in a database made for this test run and dropped when the JVM exits. Without a server the PostgreSQL
 * cases are skipped with the reason printed, except on CI (CI=true), where that is a failure.
 */
final class Backends {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String database;
    private static String unavailable;

    private Backends() {
    }

    /** Parameter source for {@code @MethodSource("org.masthead.archive.Backends#all")}. */
    static Stream<String> all() {
        return Stream.of("h2", "postgresql");
    }

    /** JDBC URL for the backend (null: the default H2 database under the data folder). */
    static String url(String backend) {
        if (backend.equals("h2")) {
            return null;
        }
        String db = database();
        String schema = "t" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(SERVER + db + "?user=postgres");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return SERVER + db + "?user=postgres&currentSchema=" + schema;
    }

    static Archive open(String backend, Path data) {
        return Archive.open(data, url(backend));
    }

    private static synchronized String database() {
        if (unavailable != null) {
            skipOrFail(unavailable);
        }
        if (database != null) {
            return database;
        }
        String name = "masthead_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres?user=postgres&connectTimeout=5");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            unavailable = "PostgreSQL at 127.0.0.1:5432 is not available (" + e.getMessage() + ")";
            skipOrFail(unavailable);
        }
        database = name;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(SERVER + "postgres?user=postgres");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        }));
        return name;
    }

    private static void skipOrFail(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(reason + "; CI needs a real PostgreSQL server");
        }
        System.out.println("skipping PostgreSQL test: " + reason);
        Assumptions.abort(reason);
    }
}

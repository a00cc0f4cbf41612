package org.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The archive starts Flyway only when the record is not at {@link Archive#SCHEMA_VERSION}: that number must be
 * the last migration's, and a record behind it must still be migrated.
 */
class SchemaTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");

    @TempDir
    Path data;

    @Test
    void theSchemaVersionIsTheLastMigrations() throws URISyntaxException, java.io.IOException {
        List<Integer> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(Archive.class.getResource("/db/archive").toURI()))) {
            files.forEach(f -> versions.add(version(f.getFileName().toString())));
        }
        versions.add(version(V3__Carry_over_item_ids.class.getSimpleName()));
        assertThat(versions).doesNotContainNull();
        assertThat(versions.stream().max(Comparator.naturalOrder()).orElseThrow()).isEqualTo(Archive.SCHEMA_VERSION);
    }

    /** A record made by the build before the last migration is brought to the current schema when opened. */
    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void aRecordOneMigrationBehindIsMigratedOnOpen(String backend) throws SQLException {
        String url = backend.equals("h2") ? "jdbc:h2:file:" + data.resolve("db/behind")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" : Backends.url(backend);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/archive")
                .javaMigrations(new V3__Carry_over_item_ids()).target(String.valueOf(Archive.SCHEMA_VERSION - 1))
                .load().migrate();
        assertThat(lastVersion(url)).isEqualTo(Archive.SCHEMA_VERSION - 1);
        try (Archive archive = Archive.open(data, url)) {
            assertThat(archive.titles()).isEmpty();
        }
        assertThat(lastVersion(url)).isEqualTo(Archive.SCHEMA_VERSION);
    }

    private static Integer version(String migration) {
        Matcher m = VERSION.matcher(migration);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static int lastVersion(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success")) {
            int last = 0;
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    last = Math.max(last, Integer.parseInt(rs.getString(1)));
                }
            }
            return last;
        }
    }
}

package org.cocworkflow.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.store.crypto.KeyProvider;
import org.cocworkflow.store.internal.Connections;
import org.cocworkflow.store.internal.EmbeddedDatabase;
import org.cocworkflow.store.internal.JdbcCaseStore;

/**
 * Where {@link CaseStore}s come from: an embedded H2 file in a directory (the default: no server to run), or any
 * H2 or PostgreSQL database through a {@link DataSource} or a JDBC URL (production: PostgreSQL).
 *
 * <pre>{@code
 * KeyProvider keys = KeyRing.of(DataKey.of("2027-01", secrets.read("coc-store-key")));
 * IdentityKeys identity = new IdentityKeys(OrganizationSecret.of(secrets.read("coc-identity-secret")));
 * try (CaseStore store = Stores.embedded(Path.of("coc-data"), keys, identity)) {
 *     CaseFile file = store.create(opening);
 *     file = store.record(file, Action.AssignHandler.of(handler), handler, now).file();
 * }
 * }</pre>
 *
 * <p>Opening a store brings the database's schema up to date, or refuses a newer one
 * ({@link SchemaVersionException}). The JDBC driver must be on the class path: {@code com.h2database:h2} for the
 * embedded store, {@code org.postgresql:postgresql} for PostgreSQL. Thread-safe.
 */
public final class Stores {
    /** The name of the embedded database's file in its directory ({@value}{@code .mv.db}). */
    public static final String EMBEDDED_NAME = "coc-store";

    private Stores() {
    }

    /**
     * Opens the embedded store in a directory with the default options, creating it if needed.
     *
     * @param directory the directory for the H2 file; created if missing. Keep the keys elsewhere.
     * @param keys the encryption keys
     * @param identityKeys the organization's identity keys, for the accused index and the ban list
     * @return the store; close it when done
     * @throws StoreException {@code DATABASE} if the file is in use by another process or H2 is missing
     * @throws SchemaVersionException if the file was written by a newer version of coc-store
     */
    public static CaseStore embedded(Path directory, KeyProvider keys, IdentityKeys identityKeys) {
        return embedded(directory, keys, identityKeys, StoreOptions.defaults());
    }

    /**
     * Opens the embedded store in a directory, creating it if needed.
     *
     * @param directory the directory for the H2 file; created if missing
     * @param keys the encryption keys
     * @param identityKeys the organization's identity keys
     * @param options the options
     * @return the store; close it when done. If it is still open when the JVM shuts down (SIGTERM,
     *     {@code System.exit}), a shutdown hook closes it and shuts the database down, compacted as on close.
     * @throws StoreException {@code DATABASE} if the file is in use by another process or H2 is missing
     * @throws SchemaVersionException if the file was written by a newer version of coc-store
     * @throws IllegalStateException if the JVM is already shutting down
     */
    public static CaseStore embedded(Path directory, KeyProvider keys, IdentityKeys identityKeys,
            StoreOptions options) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the store's directory", e);
        }
        Properties properties = new Properties();
        properties.setProperty("user", "coc");
        properties.setProperty("password", "");
        String url = embeddedUrl(directory);
        Connections connections = Connections.pool(url, properties, options.poolSize());
        EmbeddedDatabase.Lease lease;
        try {
            lease = EmbeddedDatabase.lease(url, properties, connections, options.compactOnClose());
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
        return JdbcCaseStore.open(connections, keys, identityKeys, options, Optional.of(lease));
    }

    /**
     * Returns the JDBC URL of the embedded store in a directory. {@code WRITE_DELAY=0} makes every commit reach the
     * file before it returns, so an acknowledged append survives the process being killed (H2's default delays
     * writes by half a second). The database stays open until the store shuts it down: {@code DB_CLOSE_DELAY=-1}
     * keeps it open between transactions, and {@code DB_CLOSE_ON_EXIT=FALSE} leaves out H2's own JVM exit hook,
     * which would close the file before the store could compact it; the store shuts the database down (compacting
     * it, {@link StoreOptions#compactOnClose()}) when the last store on it closes, or at JVM shutdown.
     *
     * @param directory the directory
     * @return the URL
     */
    public static String embeddedUrl(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve(EMBEDDED_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    }

    /**
     * Opens a store on the embedder's data source (a connection pool of PostgreSQL or H2). The data source stays the
     * embedder's; closing the store does not close it.
     *
     * @param dataSource the data source
     * @param keys the encryption keys
     * @param identityKeys the organization's identity keys
     * @param options the options
     * @return the store
     * @throws SchemaVersionException if the database was written by a newer version of coc-store
     */
    public static CaseStore open(DataSource dataSource, KeyProvider keys, IdentityKeys identityKeys,
            StoreOptions options) {
        return JdbcCaseStore.open(Connections.of(dataSource), keys, identityKeys, options, Optional.empty());
    }

    /**
     * Opens a store on a JDBC URL, with a small pool of the store's own connections
     * ({@link StoreOptions#poolSize()}).
     *
     * @param jdbcUrl e.g. {@code jdbc:postgresql://db.internal:5432/coc}
     * @param properties the driver's properties, e.g. {@code user} and {@code password}
     * @param keys the encryption keys
     * @param identityKeys the organization's identity keys
     * @param options the options
     * @return the store; close it when done
     * @throws StoreException {@code DATABASE} if no connection can be made
     * @throws SchemaVersionException if the database was written by a newer version of coc-store
     */
    public static CaseStore connect(String jdbcUrl, Properties properties, KeyProvider keys,
            IdentityKeys identityKeys, StoreOptions options) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return JdbcCaseStore.open(Connections.pool(jdbcUrl, properties, options.poolSize()), keys, identityKeys,
                options, Optional.empty());
    }
}

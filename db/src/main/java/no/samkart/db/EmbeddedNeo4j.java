package no.samkart.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts Neo4j Community embedded with only the Bolt connector, on loopback, for Samkart's server and
 * tests. It speaks to its parent in JSON lines on stdout: one {"event":"ready",...} line once Bolt
 * accepts connections, or one {"event":"error","code":...} line and a non-zero exit. It stops cleanly
 * on SIGTERM/SIGINT and, with --exit-on-stdin-eof, when its parent dies (the stdin pipe closes).
 *
 * Usage: EmbeddedNeo4j --data DIR [--port N (0 = any free port)] [--host 127.0.0.1]
 *        [--pagecache 256m] [--exit-on-stdin-eof]
 */
public final class EmbeddedNeo4j {
    private static final int EXIT_USAGE = 2, EXIT_PORT = 3, EXIT_DATA = 4, EXIT_LOCKED = 5, EXIT_OTHER = 1;
    private static final AtomicBoolean stopping = new AtomicBoolean();
    private static volatile DatabaseManagementService dbms;

    public static void main(String[] args) {
        Map<String, String> opts = parse(args);
        String host = opts.getOrDefault("host", "127.0.0.1");
        String dataArg = opts.get("data");
        if (dataArg == null) fail(EXIT_USAGE, "USAGE", "missing --data DIR: the folder that holds the database");
        int port;
        try {
            port = Integer.parseInt(opts.getOrDefault("port", "7687"));
            if (port < 0 || port > 65535) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            fail(EXIT_USAGE, "USAGE", "--port must be a number from 0 to 65535, got " + opts.get("port"));
            return;
        }
        Path data = Path.of(dataArg).toAbsolutePath().normalize();
        checkWritable(data);
        if (port != 0) checkPortFree(host, port);

        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "neo4j-shutdown"));
        if (opts.containsKey("exit-on-stdin-eof")) watchStdin();

        try {
            dbms = new DatabaseManagementServiceBuilder(data)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(opts.getOrDefault("pagecache", "256m")))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                    // Bolt's defaults wait 2 x 5 s for idle connections at shutdown; the databases are
                    // already checkpointed by then, so a short wait loses nothing and Ctrl-C feels instant.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    .build();
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            var bound = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            int actual = bound.getPort();
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails now if the default database did not start
            waitForBolt(host, actual);
            System.out.println("{\"event\":\"ready\",\"uri\":\"bolt://" + host + ":" + actual + "\",\"port\":" + actual
                    + ",\"data\":" + json(data.toString()) + "}");
            System.out.flush();
        } catch (Throwable e) {
            classifyAndFail(e, host, port, data);
        }
    }

    private static void classifyAndFail(Throwable e, String host, int port, Path data) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            if (name.equals("PortBindException") || c instanceof java.net.BindException) {
                failAfterStart(EXIT_PORT, "PORT_IN_USE", "port " + port + " on " + host
                        + " is already in use (is another Samkart or Neo4j running?); choose another with NEO4J_EMBEDDED_PORT");
            }
            if (name.equals("FileLockException")) {
                failAfterStart(EXIT_LOCKED, "STORE_LOCKED", "the database in " + data
                        + " is locked by another process (is another Samkart running on the same data folder?)");
            }
        }
        failAfterStart(EXIT_OTHER, "START_FAILED", "Neo4j did not start: " + e);
    }

    private static void checkWritable(Path data) {
        try {
            Files.createDirectories(data);
            Path probe = Files.createTempFile(data, ".write-probe", "");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            fail(EXIT_DATA, "DATA_NOT_WRITABLE", "the data folder " + data + " cannot be written: " + e.getMessage());
        }
    }

    private static void checkPortFree(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            fail(EXIT_PORT, "PORT_IN_USE", "port " + port + " on " + host
                    + " is already in use (is another Samkart or Neo4j running?); choose another with NEO4J_EMBEDDED_PORT");
        }
    }

    private static void waitForBolt(String host, int port) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("Bolt did not accept connections on port " + port);
                Thread.sleep(50);
            }
        }
    }

    /** A parent that dies closes our stdin; that is our cue to stop, so no JVM outlives its server or test run. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) { /* the parent never writes; we only wait for EOF */ }
            } catch (IOException ignored) {
                // a broken pipe means the same as EOF
            }
            System.exit(0); // runs the shutdown hook
        }, "stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void shutdown() {
        if (!stopping.compareAndSet(false, true)) return;
        DatabaseManagementService d = dbms;
        if (d != null) {
            try {
                d.shutdown();
                System.out.println("{\"event\":\"stopped\"}");
                System.out.flush();
            } catch (Throwable e) {
                System.err.println("Neo4j shutdown failed: " + e);
            }
        }
    }

    private static void fail(int exit, String code, String message) {
        System.out.println("{\"event\":\"error\",\"code\":\"" + code + "\",\"message\":" + json(message) + "}");
        System.out.flush();
        System.err.println("samkart-db: " + message);
        System.exit(exit);
    }

    /** After build() Neo4j may hold non-daemon threads; halt once what it opened is closed. */
    private static void failAfterStart(int exit, String code, String message) {
        System.out.println("{\"event\":\"error\",\"code\":\"" + code + "\",\"message\":" + json(message) + "}");
        System.out.flush();
        System.err.println("samkart-db: " + message);
        shutdown();
        Runtime.getRuntime().halt(exit);
    }

    private static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        if (v.endsWith("g")) { mult = 1L << 30; v = v.substring(0, v.length() - 1); }
        else if (v.endsWith("m")) { mult = 1L << 20; v = v.substring(0, v.length() - 1); }
        else if (v.endsWith("k")) { mult = 1L << 10; v = v.substring(0, v.length() - 1); }
        return Long.parseLong(v) * mult;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) fail(EXIT_USAGE, "USAGE", "unexpected argument " + a);
            String key = a.substring(2);
            if (key.equals("exit-on-stdin-eof")) { m.put(key, "true"); continue; }
            if (i + 1 >= args.length) fail(EXIT_USAGE, "USAGE", a + " needs a value");
            m.put(key, args[++i]);
        }
        return m;
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> { if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c); }
            }
        }
        return b.append('"').toString();
    }
}

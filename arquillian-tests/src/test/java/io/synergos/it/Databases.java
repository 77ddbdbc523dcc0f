package io.synergos.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The PostgreSQL server the persistence tests also run against (127.0.0.1:5432, database test, trust auth). */
public final class Databases {

    public static final String POSTGRES_URL = System.getProperty("synergos.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getProperty("synergos.test.postgres.user", "postgres");

    private Databases() {
    }

    public static boolean postgresReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Said loudly, since a skipped database is a gap in the proof. */
    public static String skipMessage() {
        return "SKIPPED: PostgreSQL is not reachable at 127.0.0.1:5432; the persistence tests ran on H2 only";
    }
}

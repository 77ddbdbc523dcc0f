package io.synergos.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Synergos node on this machine: its own server base dir (configuration, log, H2 file, exported models),
 * its role, and its port offset. HTTP listens on 8080 + offset, management on 9990 + offset.
 */
public record Node(String name, String role, int portOffset, Path baseDir, Path dataDir) {

    public int httpPort() {
        return 8080 + portOffset;
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    /** The base URL participants register and the TTP calls. */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort() + "/synergos";
    }

    public Path log() {
        return baseDir.resolve("log").resolve("server.log");
    }

    public Path pidFile() {
        return baseDir.resolve("node.pid");
    }

    /** A Worker's control key file: the TTP must present this key (register the participant with it). */
    public Path keyFile() {
        return baseDir.resolve("worker.key");
    }

    /** The password of the node's {@code admin} user, generated at its first start. */
    public Path adminPasswordFile() {
        return baseDir.resolve("admin.password");
    }

    public String adminPassword() {
        try {
            return Files.readString(adminPasswordFile()).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("node " + name + " has no admin password yet: " + e.getMessage(), e);
        }
    }

    /** The Worker's control key; empty for a TTP. */
    public String accessKey() {
        try {
            return Files.exists(keyFile()) ? Files.readString(keyFile()).trim() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

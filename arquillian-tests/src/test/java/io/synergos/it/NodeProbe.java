package io.synergos.it;

import io.synergos.ops.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Looks into a node's process from outside, as an operator would after a fault: its threads (a thread dump taken with
 * the JDK's jcmd) and its open TCP connections (from /proc), to prove that nothing of a run is left behind.
 */
final class NodeProbe {

    private NodeProbe() {
    }

    static long pid(Node node) {
        try {
            return Long.parseLong(Files.readString(node.pidFile()).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("node " + node.name() + " has no pid file", e);
        }
    }

    /** The node's thread dump (jcmd PID Thread.print). */
    static String threadDump(Node node) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid(node)), "Thread.print")
                    .redirectErrorStream(true).start();
            String dump = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd failed on " + node.name() + ": " + dump);
            }
            return dump;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The stacks of the dump's threads that run code of the given classes (e.g. "io.synergos.ttp.Grid."). */
    static List<String> threadsIn(String dump, String... classPrefixes) {
        return Stream.of(dump.split("\n\n")).filter(t -> t.startsWith("\""))
                .filter(t -> Stream.of(classPrefixes).anyMatch(t::contains)).toList();
    }

    /** How many established TCP connections the node's process holds to {@code remotePort} on this machine. */
    static int established(Node node, int remotePort) {
        long pid = pid(node);
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
            int count = 0;
            for (String table : List.of("tcp", "tcp6")) {
                Path file = Path.of("/proc", Long.toString(pid), "net", table);
                if (!Files.exists(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                    String[] f = line.trim().split("\\s+");
                    int port = Integer.parseInt(f[2].substring(f[2].indexOf(':') + 1), 16);
                    // state 01: ESTABLISHED; f[9] is the socket's inode
                    if (port == remotePort && f[3].equals("01") && inodes.contains(f[9])) {
                        count++;
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sockets of " + node.name(), e);
        }
    }
}

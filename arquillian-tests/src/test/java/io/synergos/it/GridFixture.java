package io.synergos.it;

import io.synergos.ops.Demo;
import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A TTP and two Workers started exactly as the launcher starts them, each a separate WildFly process, with
 * data directories holding the shipped demo data plus the bad datasets the error tests need.
 */
public final class GridFixture {

    public final Nodes nodes = Nodes.fromSystemProperty();
    public final Node ttp;
    public final List<Node> workers;
    public final SynergosClient client;

    public GridFixture(String prefix, int firstOffset) throws IOException {
        this(prefix, firstOffset, Map.of());
    }

    GridFixture(String prefix, int firstOffset, Map<String, String> ttpProperties) throws IOException {
        Path data = Path.of("target/it-data").toAbsolutePath();
        for (String worker : List.of("worker-a", "worker-b")) {
            copyDemoData(nodes, worker, data.resolve(prefix).resolve(worker));
        }
        BadData.write(data.resolve(prefix));
        List<Node> started = Demo.startNodes(nodes, prefix + "-ttp", List.of(prefix + "-worker-a", prefix + "-worker-b"),
                List.of(data.resolve(prefix).resolve("worker-a"), data.resolve(prefix).resolve("worker-b")), firstOffset,
                ttpProperties);
        ttp = started.get(0);
        workers = started.subList(1, started.size());
        client = SynergosClient.asAdmin(ttp);
    }

    /** Copies the shipped demo data of {@code worker} (worker-a or worker-b) into {@code dir}, made if missing. */
    static void copyDemoData(Nodes nodes, String worker, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Demo.dataDir(nodes.home(), worker))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public void stop() {
        nodes.stop(ttp.name());
        workers.forEach(w -> nodes.stop(w.name()));
    }
}

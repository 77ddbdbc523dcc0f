package io.synergos.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lineage graph: dataset versions → registrations and tags → runs → model versions → the served version, and
 * each run's contribution results. Node ids are {@code kind:id} ({@code dataset:clinic-a/wisconsin-train@3f2a...},
 * {@code catalog:7}, {@code run:12}, {@code model:4}, {@code serving:1}, {@code contribution:5}).
 *
 * @param root  the node asked about
 * @param nodes every node reached, with what it is
 * @param edges directed from the source of data to what was made of it
 */
public record LineageGraph(String root, List<Node> nodes, List<Edge> edges) {

    public record Node(String id, String kind, String label, Map<String, Object> properties) {
    }

    public record Edge(String from, String to, String relation) {
    }

    /** Builds a graph without duplicate nodes or edges. */
    public static final class Builder {
        private final String root;
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final List<Edge> edges = new ArrayList<>();

        public Builder(String root) {
            this.root = root;
        }

        public Builder node(String id, String kind, String label, Map<String, Object> properties) {
            nodes.putIfAbsent(id, new Node(id, kind, label, properties));
            return this;
        }

        public Builder edge(String from, String to, String relation) {
            Edge e = new Edge(from, to, relation);
            if (!edges.contains(e)) {
                edges.add(e);
            }
            return this;
        }

        public boolean has(String id) {
            return nodes.containsKey(id);
        }

        public LineageGraph build() {
            return new LineageGraph(root, List.copyOf(nodes.values()), List.copyOf(edges));
        }
    }
}

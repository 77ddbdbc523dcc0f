package io.synergos.dashboard.lineage;

import io.synergos.metadata.LineageGraph;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lineage graph laid out for an SVG drawing: one column per kind of node, left to right as data flows
 * (catalog entry, dataset version, run, model version or contribution, served model), nodes stacked in each
 * column, edges from the right side of one box to the left side of the next.
 */
public final class LineageDrawing implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int BOX_WIDTH = 230;
    static final int BOX_HEIGHT = 46;
    static final int COLUMN_GAP = 70;
    static final int ROW_GAP = 18;
    private static final List<String> COLUMNS = List.of("catalog-entry", "dataset-version", "run", "model-version",
            "served");

    /** A node's box: where it is, what it is, and the page that shows it (or null). */
    public record Box(String id, String kind, String label, String detail, int x, int y, String link)
            implements Serializable {
        public int textX() {
            return x + 10;
        }
    }

    /** An edge between two boxes, with its relation written at its middle. */
    public record Line(int x1, int y1, int x2, int y2, String relation) implements Serializable {
        public int midX() {
            return (x1 + x2) / 2;
        }

        public int midY() {
            return (y1 + y2) / 2 - 4;
        }
    }

    private final List<Box> boxes = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final int width;
    private final int height;

    /** @param contextPath the dashboard's context path, for links to the boxes' pages */
    public LineageDrawing(LineageGraph graph, String contextPath) {
        Map<Integer, Integer> rows = new HashMap<>();
        Map<String, Box> byId = new HashMap<>();
        int maxColumn = 0;
        int maxRow = 0;
        for (LineageGraph.Node n : graph.nodes()) {
            int column = column(n.kind());
            int row = rows.merge(column, 1, Integer::sum) - 1;
            maxColumn = Math.max(maxColumn, column);
            maxRow = Math.max(maxRow, row);
            Box box = new Box(n.id(), n.kind(), shorten(n.label(), 28), detail(n), 10 + column * (BOX_WIDTH + COLUMN_GAP),
                    10 + row * (BOX_HEIGHT + ROW_GAP), link(n, contextPath));
            boxes.add(box);
            byId.put(n.id(), box);
        }
        for (LineageGraph.Edge e : graph.edges()) {
            Box from = byId.get(e.from());
            Box to = byId.get(e.to());
            if (from != null && to != null) {
                lines.add(new Line(from.x() + BOX_WIDTH, from.y() + BOX_HEIGHT / 2, to.x(), to.y() + BOX_HEIGHT / 2,
                        e.relation()));
            }
        }
        width = 20 + (maxColumn + 1) * BOX_WIDTH + maxColumn * COLUMN_GAP;
        height = 20 + (maxRow + 1) * BOX_HEIGHT + maxRow * ROW_GAP;
    }

    private static int column(String kind) {
        int i = COLUMNS.indexOf(kind);
        return i >= 0 ? i : kind.equals("contribution") ? 3 : COLUMNS.size();
    }

    private static String detail(LineageGraph.Node n) {
        Map<String, Object> p = n.properties();
        Object value = switch (n.kind()) {
            case "catalog-entry", "dataset-version" -> p.get("version") == null ? p.get("withdrawn") == null ? null
                    : "withdrawn" : "version " + String.valueOf(p.get("version")).substring(0,
                    Math.min(8, String.valueOf(p.get("version")).length()));
            case "run", "contribution" -> p.get("status");
            case "model-version" -> p.get("stage");
            default -> null;
        };
        String kind = n.kind().equals("dataset-version") ? "dataset" : n.kind().replace('-', ' ');
        return value == null ? kind : kind + " · " + value;
    }

    private static String link(LineageGraph.Node n, String contextPath) {
        String id = n.id().substring(n.id().indexOf(':') + 1);
        return switch (n.kind()) {
            case "catalog-entry" -> contextPath + "/dataset.xhtml?id=" + id;
            case "run" -> contextPath + "/run.xhtml?id=" + id;
            case "model-version" -> contextPath + "/lineage.xhtml?model=" + id;
            default -> null;
        };
    }

    private static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public List<Box> getBoxes() {
        return boxes;
    }

    public List<Line> getLines() {
        return lines;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public int getBoxWidth() {
        return BOX_WIDTH;
    }

    public int getBoxHeight() {
        return BOX_HEIGHT;
    }
}

package io.synergos.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The broken datasets the error tests put beside the demo data. */
final class BadData {

    /** Line (1-based, counting the header) and column of the non-numeric value in bad-numeric.csv. */
    static final int BAD_LINE = 17;
    static final String BAD_COLUMN = "mean_radius";

    private BadData() {
    }

    static void write(Path dir) throws IOException {
        Path a = dir.resolve("worker-a");
        Path b = dir.resolve("worker-b");
        List<String> rows = new ArrayList<>(Files.readAllLines(a.resolve("wisconsin-train.csv")));
        String[] cells = rows.get(BAD_LINE - 1).split(",", -1);
        cells[0] = "abc";
        rows.set(BAD_LINE - 1, String.join(",", cells));
        Files.write(a.resolve("bad-numeric.csv"), rows);

        List<String> noLabel = new ArrayList<>();
        for (String row : Files.readAllLines(b.resolve("wisconsin-train.csv"))) {
            noLabel.add(row.substring(0, row.lastIndexOf(',')));
        }
        Files.write(b.resolve("no-label.csv"), noLabel);
        Files.writeString(b.resolve("no-label.schema.json"), "{\"label\": \"diagnosis\"}");

        Files.writeString(b.resolve("votes.csv"), """
                handicapped-infants,water-project-cost-sharing,diagnosis
                n,y,republican
                y,y,democrat
                n,n,democrat
                y,n,republican
                """);
    }
}

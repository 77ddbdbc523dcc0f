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

    /** The line of quirk-ragged.csv (1-based, counting the header) that has one value too few. */
    static final int RAGGED_LINE = 62;

    static void write(Path dir) throws IOException {
        writeQuirks(dir);
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

    /**
     * Files with the quirks spreadsheet and database exports have (issue "Reliability and operations", its table), at
     * Worker A unless named: a byte-order mark, semicolons, a duplicated column, a header without rows (at Worker B),
     * numbers with thousands separators, a ragged row and an identifier column.
     */
    private static void writeQuirks(Path dir) throws IOException {
        Path a = dir.resolve("worker-a");
        Path b = dir.resolve("worker-b");
        byte[] ljubljana = Files.readAllBytes(a.resolve("ljubljana-train.csv"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(a.resolve("quirk-bom.csv"), concat(bom, ljubljana));
        Files.copy(a.resolve("ljubljana-train.schema.json"), a.resolve("quirk-bom.schema.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        List<String> wisconsin = Files.readAllLines(a.resolve("wisconsin-train.csv"));
        Files.write(a.resolve("quirk-semicolon.csv"), wisconsin.stream().map(l -> l.replace(',', ';')).toList());

        List<String> duplicate = new ArrayList<>(wisconsin);
        duplicate.set(0, duplicate.get(0).replace("mean_texture", "mean_radius"));
        Files.write(a.resolve("quirk-duplicate.csv"), duplicate);

        Files.write(b.resolve("quirk-empty.csv"), List.of(wisconsin.get(0)));

        List<String> thousands = new ArrayList<>(List.of(wisconsin.get(0)));
        int area = List.of(wisconsin.get(0).split(",")).indexOf("mean_area");
        for (String line : wisconsin.subList(1, wisconsin.size())) {
            String[] cells = line.split(",", -1);
            double value = Double.parseDouble(cells[area]);
            cells[area] = value >= 1000 ? "\"" + String.format(java.util.Locale.ROOT, "%,.1f", value) + "\""
                    : cells[area];
            thousands.add(String.join(",", cells));
        }
        Files.write(a.resolve("quirk-thousands.csv"), thousands);

        List<String> ragged = new ArrayList<>(wisconsin);
        ragged.set(RAGGED_LINE - 1, ragged.get(RAGGED_LINE - 1).substring(0, ragged.get(RAGGED_LINE - 1).indexOf(',')));
        Files.write(a.resolve("quirk-ragged.csv"), ragged);

        List<String> identified = new ArrayList<>(List.of("patient," + wisconsin.get(0)));
        for (int i = 1; i < wisconsin.size(); i++) {
            identified.add(String.format(java.util.Locale.ROOT, "P%05d,", 7919 * i % 100_000) + wisconsin.get(i));
        }
        Files.write(a.resolve("quirk-id.csv"), identified);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}

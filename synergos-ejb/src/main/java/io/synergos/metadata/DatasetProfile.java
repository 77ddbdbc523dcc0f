package io.synergos.metadata;

import io.synergos.federation.data.ColumnType;
import io.synergos.federation.data.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Worker publishes about one of its datasets, computed where the data is: the schema (columns, types,
 * the label, how many values each categorical column has), the row count rounded down to the owner's
 * granularity, and a version that changes whenever the schema or any byte of the data does. Never rows, never
 * statistics.
 *
 * @param name        the dataset's name on the Worker (its file name without {@code .csv})
 * @param label       the label column, or null
 * @param task        classification or regression (by the label's type), or null without a label
 * @param columns     every column in file order
 * @param rows        the row count, rounded down to {@code granularity} (never below it when there are rows)
 * @param granularity what {@code rows} is rounded to; 1 publishes the exact count
 * @param version     SHA-256 (hex) over the bytes of the data file and its sidecar, which hold the whole schema
 *                    (header line, types, label): any change of schema or data is a new version, and a Worker
 *                    computes it again for every run, so a run sees whether its data still is what was catalogued
 */
public record DatasetProfile(String name, String label, String task, List<Column> columns, long rows,
                             int granularity, String version) {

    /** @param categories the number of distinct values of a categorical column; 0 for numeric ones */
    public record Column(String name, String type, int categories) {
    }

    public static DatasetProfile of(Dataset dataset, Path csv, Path sidecar, int granularity) {
        return of(dataset.name(), dataset.label(), dataset.types(), dataset.rows(), column -> {
            Set<Object> distinct = new HashSet<>(dataset.column(column));
            distinct.remove(null);
            return distinct.size();
        }, csv, sidecar, granularity);
    }

    /**
     * As above, from a file {@link io.synergos.federation.data.DatasetReader#scan scanned} rather than read whole, so that
     * a file of millions of rows is profiled without being held: the categories are those the scan tallied, or, when a
     * categorical column has more distinct values than the scan follows, counted in one more pass over the rows.
     */
    public static DatasetProfile of(io.synergos.federation.data.DatasetReader.Scan scan, Path csv, Path sidecar,
                                    int granularity) {
        List<io.synergos.federation.data.ColumnTallies.Tally> tallied = scan.tallied();
        Map<String, Integer> categories = new java.util.HashMap<>();
        List<String> names = List.copyOf(scan.types().keySet());
        if (tallied != null) {
            for (int c = 0; c < names.size(); c++) {
                List<String> values = tallied.get(c).categories();
                categories.put(names.get(c), values == null ? 0 : values.size());
            }
        } else {
            List<Set<Object>> distinct = new ArrayList<>();
            for (String column : names) {
                distinct.add(scan.types().get(column) == ColumnType.CATEGORICAL ? new HashSet<>() : null);
            }
            scan.forEachRow((line, values) -> {
                for (int c = 0; c < values.length; c++) {
                    if (distinct.get(c) != null && values[c] != null) {
                        distinct.get(c).add(values[c]);
                    }
                }
            });
            for (int c = 0; c < names.size(); c++) {
                categories.put(names.get(c), distinct.get(c) == null ? 0 : distinct.get(c).size());
            }
        }
        return of(scan.name(), scan.label(), scan.types(), scan.rows(), categories::get, csv, sidecar, granularity);
    }

    private static DatasetProfile of(String name, String label, Map<String, ColumnType> types, long rows,
                                     java.util.function.ToIntFunction<String> categoriesOf, Path csv, Path sidecar,
                                     int granularity) {
        if (granularity < 1 || granularity > 1_000_000) {
            throw new IllegalArgumentException("rowGranularity must be 1 to 1000000, not " + granularity);
        }
        List<Column> columns = new ArrayList<>();
        for (Map.Entry<String, ColumnType> e : types.entrySet()) {
            int categories = e.getValue() == ColumnType.CATEGORICAL ? categoriesOf.applyAsInt(e.getKey()) : 0;
            columns.add(new Column(e.getKey(), e.getValue().name().toLowerCase(java.util.Locale.ROOT), categories));
        }
        String task = label == null ? null
                : types.get(label) == ColumnType.CATEGORICAL ? "classification" : "regression";
        return new DatasetProfile(name, label, task, List.copyOf(columns), rounded(rows, granularity), granularity,
                version(csv, sidecar));
    }

    /** Rounds down to the granularity, but a dataset with rows never shows 0. */
    static long rounded(long rows, int granularity) {
        if (rows == 0) {
            return 0;
        }
        return Math.max(granularity, rows / granularity * granularity);
    }

    public static String version(Path csv, Path sidecar) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("synergos-dataset-version-1\n".getBytes(StandardCharsets.UTF_8));
            digest(sha, csv);
            if (sidecar != null && Files.isRegularFile(sidecar)) {
                sha.update((byte) 0);
                digest(sha, sidecar);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(MessageDigest sha, Path file) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}

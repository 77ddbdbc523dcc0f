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
        if (granularity < 1 || granularity > 1_000_000) {
            throw new IllegalArgumentException("rowGranularity must be 1 to 1000000, not " + granularity);
        }
        List<Column> columns = new ArrayList<>();
        for (Map.Entry<String, ColumnType> e : dataset.types().entrySet()) {
            int categories = 0;
            if (e.getValue() == ColumnType.CATEGORICAL) {
                Set<Object> distinct = new HashSet<>(dataset.column(e.getKey()));
                distinct.remove(null);
                categories = distinct.size();
            }
            columns.add(new Column(e.getKey(), e.getValue().name().toLowerCase(java.util.Locale.ROOT), categories));
        }
        String task = dataset.label() == null ? null
                : dataset.types().get(dataset.label()) == ColumnType.CATEGORICAL ? "classification" : "regression";
        return new DatasetProfile(dataset.name(), dataset.label(), task, List.copyOf(columns),
                rounded(dataset.rows(), granularity), granularity, version(csv, sidecar));
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

package io.synergos.worker;

import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.federation.data.ColumnType;
import io.synergos.federation.data.DataFormatException;
import io.synergos.federation.data.Dataset;
import io.synergos.federation.data.DatasetReader;
import io.synergos.federation.data.DatasetSchema;
import io.synergos.node.NodeConfig;
import io.synergos.node.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The datasets a Worker declares: every {@code NAME.csv} in its data directory, with the optional sidecar
 * {@code NAME.schema.json}. Only headers and aggregate statistics are served from here; rows stay inside.
 */
@ApplicationScoped
public class WorkerDatasets {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Inject
    NodeConfig node;

    public List<String> names() {
        Path dir = node.dataDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".csv"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new DataFormatException("cannot list the data directory " + dir + ": " + e.getMessage());
        }
    }

    /**
     * The header of the node's dataset ({@code virtual} null) or of a virtual Worker's slice of it
     * ({@link VirtualWorkers}), with the file's content version so that the TTP can compare it with the catalog's.
     */
    public DatasetHeader header(String name, String virtual) {
        Path csv = csv(name);
        Stamp stamp = Stamp.of(csv, sidecar(name));
        String key = name + "#header" + suffix(virtual);
        Parsed parsed = cached(key, stamp);
        if (parsed != null) {
            return parsed.header();
        }
        DatasetHeader header = (streamed(csv) ? DatasetHeader.of(scan(name, true, virtual))
                : DatasetHeader.of(read(name, true, virtual)))
                .withVersion(io.synergos.metadata.DatasetProfile.version(csv, sidecar(name)));
        keep(key, new Parsed(stamp, null, header, null, 0));
        return header;
    }

    /**
     * The dataset, parsed and validated. A file read before and unchanged since (same size and modification time, and
     * the same of its sidecar) is not parsed again: a run's set-up reads each dataset twice (its header, then its rows),
     * and every run of a project the same files. For a virtual Worker ({@code virtual} not null), only its slice of the
     * rows.
     */
    public Dataset read(String name, boolean labelRequired, String virtual) {
        Path csv = csv(name);
        Stamp stamp = Stamp.of(csv, sidecar(name));
        String key = name + (labelRequired ? "#labelled" : "#any") + suffix(virtual);
        Parsed parsed = cached(key, stamp);
        if (parsed != null) {
            return parsed.dataset();
        }
        Dataset dataset = virtual == null
                ? DatasetReader.read(csv, schema(sidecar(name)), labelRequired, "Worker " + node.name())
                : read(name, labelRequired, null).slice(part(virtual), node.virtualWorkers());
        keep(key, new Parsed(stamp, dataset, null, null, cells(dataset)));
        return dataset;
    }

    /**
     * A file larger than this is streamed, never held as a {@link Dataset}, for its header and for training: at 8 bytes a
     * cell or more as objects, a million rows of 50 columns would not fit a node's heap.
     */
    public static final long STREAMED_BYTES = 16L << 20;

    private static boolean streamed(Path csv) {
        try {
            return Files.size(csv) > STREAMED_BYTES;
        } catch (IOException e) {
            throw new DataFormatException("cannot read " + csv + ": " + e.getMessage());
        }
    }

    /**
     * The file checked and typed in one pass, its rows (the virtual Worker's slice of them) read as they are needed. The
     * scan holds no row and is kept like a parsed dataset, so that the run's preparation does not check again the file
     * its header call has just checked.
     */
    private DatasetReader.Scan scan(String name, boolean labelRequired, String virtual) {
        Path csv = csv(name);
        Stamp stamp = Stamp.of(csv, sidecar(name));
        String key = name + "#scan" + (labelRequired ? "#labelled" : "#any") + suffix(virtual);
        Parsed parsed = cached(key, stamp);
        if (parsed != null) {
            return parsed.scan();
        }
        int part = virtual == null ? 0 : part(virtual);
        int parts = virtual == null ? 1 : node.virtualWorkers();
        DatasetReader.Scan scan = DatasetReader.scan(csv, schema(sidecar(name)), labelRequired, "Worker " + node.name(),
                parts == 1 ? null : r -> r % parts == part);
        keep(key, new Parsed(stamp, null, null, scan, 0));
        return scan;
    }

    /**
     * The named datasets in the run's feature space, for any phase, with each row's dataset and line: parsed and
     * encoded (and kept, when small) like {@link #read}, or, when one of them is larger than {@link #STREAMED_BYTES},
     * encoded row by row as they stream from disk into a memory-mapped file that is kept for later runs and phases
     * ({@link AlignedCache}), or into arrays on the heap when that cache is off or full.
     */
    public io.synergos.federation.alignment.AlignedData aligned(List<String> names,
            io.synergos.federation.alignment.FeatureAlignment alignment, boolean labelled, String virtual) {
        if (names.stream().anyMatch(name -> streamed(csv(name)))) {
            // scanned at most once, and only when the cache has no entry: the size asked first, then the encoding
            // (kept only once every file is scanned: a scan that fails leaves nothing half done for a second call)
            List<List<DatasetReader.Scan>> scanned = new java.util.ArrayList<>(1);
            java.util.function.Supplier<List<DatasetReader.Scan>> scans = () -> {
                if (scanned.isEmpty()) {
                    scanned.add(names.stream().map(name -> scan(name, labelled, virtual)).toList());
                }
                return scanned.get(0);
            };
            return alignedCache().get(alignedKey(names, alignment, labelled, virtual),
                    () -> io.synergos.federation.alignment.AlignedFile.bytes(scans.get().stream()
                            .mapToInt(scan -> labelled ? scan.labelled() : scan.rows()).sum(), alignment.width(),
                            alignment.outputs()),
                    file -> alignment.encodeScanned(scans.get(), labelled, file),
                    () -> alignment.encodeScanned(scans.get(), labelled));
        }
        return alignment.encode(names.stream().map(name -> read(name, labelled, virtual)).toList(), labelled);
    }

    private AlignedCache alignedCache;

    @jakarta.annotation.PreDestroy
    synchronized void clearAlignedCache() {
        if (alignedCache != null) {
            alignedCache.clear();
        }
    }

    private synchronized AlignedCache alignedCache() {
        if (alignedCache == null) {
            alignedCache = new AlignedCache(node.workDir().resolve("aligned"), node.alignedCacheBytes());
        }
        return alignedCache;
    }

    /**
     * What the aligned rows of these datasets depend on, as a digest: each file's identity, size and time (and its
     * sidecar's), the alignment (features, categories, means and deviations, label encoding), whether rows without a
     * label are dropped, and the virtual Worker's slice.
     */
    private String alignedKey(List<String> names, io.synergos.federation.alignment.FeatureAlignment alignment,
                              boolean labelled, String virtual) {
        StringBuilder text = new StringBuilder("aligned-v1\n").append(alignment).append('\n').append(labelled)
                .append('\n').append(virtual).append('/').append(virtual == null ? 1 : node.virtualWorkers());
        for (String name : names) {
            text.append('\n').append(name).append(' ').append(Stamp.of(csv(name), sidecar(name)));
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String suffix(String virtual) {
        return virtual == null ? "" : "@" + virtual;
    }

    /** The slice of the rows that belongs to virtual Worker {@code virtual}, counted from 0. */
    private int part(String virtual) {
        return VirtualWorkers.index(virtual, node.virtualWorkers()).orElseThrow(() -> new NotFoundException(
                "Worker " + node.name() + " hosts no virtual Worker '" + virtual + "'")) - 1;
    }

    /**
     * At most this many cells of parsed datasets are kept, in all (about 25 bytes each: some 12 MB), the least recently
     * used dropped first; a larger dataset is read each time it is needed.
     */
    static final long CACHED_CELLS = 500_000;

    /**
     * A file's identity as far as the cache is concerned: its file key (device and inode), size and modification time
     * (to the file system's resolution), and its sidecar's.
     */
    private record Stamp(List<Object> csv, List<Object> sidecar) {
        static Stamp of(Path csv, Path sidecar) {
            return new Stamp(identity(csv), Files.isRegularFile(sidecar) ? identity(sidecar) : List.of());
        }

        private static List<Object> identity(Path file) {
            try {
                java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file,
                        java.nio.file.attribute.BasicFileAttributes.class);
                return java.util.Arrays.asList(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
            } catch (IOException e) {
                throw new DataFormatException("cannot read " + file + ": " + e.getMessage());
            }
        }
    }

    private record Parsed(Stamp stamp, Dataset dataset, DatasetHeader header, DatasetReader.Scan scan, long cells) {
    }

    /** Parsed datasets and headers by name and use, in the order of their last use. */
    private final Map<String, Parsed> parsed = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedCells;

    private Parsed cached(String key, Stamp stamp) {
        synchronized (parsed) {
            Parsed entry = parsed.get(key);
            return entry != null && entry.stamp().equals(stamp) ? entry : null;
        }
    }

    private void keep(String key, Parsed entry) {
        if (entry.cells() > CACHED_CELLS) {
            return;
        }
        synchronized (parsed) {
            Parsed previous = parsed.put(key, entry);
            cachedCells += entry.cells() - (previous == null ? 0 : previous.cells());
            var eldest = parsed.entrySet().iterator();
            while (cachedCells > CACHED_CELLS && eldest.hasNext()) {
                cachedCells -= eldest.next().getValue().cells();
                eldest.remove();
            }
        }
    }

    private static long cells(Dataset dataset) {
        return (long) dataset.rows() * dataset.types().size();
    }

    /** The dataset's file, or 404 when the name is not a dataset name or no such file is there. */
    private Path csv(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new NotFoundException("'" + name + "' is not a dataset name");
        }
        Path csv = node.dataDir().resolve(name + ".csv");
        if (!Files.isRegularFile(csv)) {
            throw new NotFoundException("Worker " + node.name() + " has no dataset '" + name + "' (looked for "
                    + csv + ")");
        }
        return csv;
    }

    private Path sidecar(String name) {
        return node.dataDir().resolve(name + ".schema.json");
    }

    /**
     * The catalog profile of a dataset: read with its sidecar, the label and column types the owner declares
     * (which the file must agree with), and its row count rounded to {@code granularity}.
     */
    public io.synergos.metadata.DatasetProfile profile(String name, String label, Map<String, String> declared,
                                                       int granularity) {
        Path csv = csv(name);
        Path sidecar = sidecar(name);
        DatasetSchema schema = schema(sidecar);
        Map<String, ColumnType> types = new LinkedHashMap<>(schema.types());
        if (declared != null) {
            declared.forEach((column, type) -> {
                try {
                    types.put(column, ColumnType.valueOf(String.valueOf(type).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new io.synergos.node.InvalidInputException("types." + column, "is '" + type
                            + "'; use numeric or categorical");
                }
            });
        }
        String chosen = label != null ? label : schema.label();
        DatasetSchema declaredSchema = schema.with(chosen, types);
        if (streamed(csv)) {
            // a large file is profiled as it streams past, never held (DatasetReader.scan)
            return io.synergos.metadata.DatasetProfile.of(DatasetReader.scan(csv, declaredSchema, chosen != null,
                    "Worker " + node.name(), null), csv, sidecar, granularity);
        }
        Dataset dataset = DatasetReader.read(csv, declaredSchema, chosen != null, "Worker " + node.name());
        return io.synergos.metadata.DatasetProfile.of(dataset, csv, sidecar, granularity);
    }

    private static DatasetSchema schema(Path sidecar) {
        if (!Files.isRegularFile(sidecar)) {
            return DatasetSchema.INFERRED;
        }
        try (Reader reader = Files.newBufferedReader(sidecar); JsonReader json = Json.createReader(reader)) {
            JsonObject object = json.readObject();
            Map<String, ColumnType> types = new LinkedHashMap<>();
            JsonObject declared = object.getJsonObject("types");
            if (declared != null) {
                declared.forEach((column, type) -> types.put(column, type(sidecar, column, type)));
            }
            return new DatasetSchema(object.getString("label", null), types, delimiter(object), decimal(object),
                    ignored(object));
        } catch (DataFormatException e) {
            throw new DataFormatException(sidecar.getFileName() + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new DataFormatException(sidecar.getFileName() + ": " + e.getMessage());
        }
    }

    /** The sidecar's "delimiter": one character, or "\\t" (or "tab") for a tab; absent: detected. */
    private static Character delimiter(JsonObject sidecar) {
        if (!sidecar.containsKey("delimiter") || sidecar.isNull("delimiter")) {
            return null;
        }
        String text = sidecar.getString("delimiter");
        if (text.equals("\\t") || text.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (text.length() != 1) {
            throw new DataFormatException("\"delimiter\" must be one character (or \"tab\"), not '" + text + "'");
        }
        return text.charAt(0);
    }

    /** The sidecar's "decimal": "." (the default) or ",". */
    private static char decimal(JsonObject sidecar) {
        String text = sidecar.getString("decimal", ".");
        if (!text.equals(".") && !text.equals(",")) {
            throw new DataFormatException("\"decimal\" must be \".\" or \",\", not '" + text + "'");
        }
        return text.charAt(0);
    }

    /** The sidecar's "ignore": the columns to drop as the file is read. */
    private static java.util.Set<String> ignored(JsonObject sidecar) {
        if (!sidecar.containsKey("ignore")) {
            return java.util.Set.of();
        }
        return sidecar.getJsonArray("ignore").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).collect(java.util.stream.Collectors.toSet());
    }

    private static ColumnType type(Path sidecar, String column, JsonValue type) {
        String text = type.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) type).getString()
                : type.toString();
        try {
            return ColumnType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(sidecar.getFileName() + ": column '" + column + "' has type '" + text
                    + "'; use numeric or categorical");
        }
    }
}

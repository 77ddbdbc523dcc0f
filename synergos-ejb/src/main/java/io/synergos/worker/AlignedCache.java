package io.synergos.worker;

import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.alignment.AlignedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A Worker's large datasets in a run's feature space, encoded once into memory-mapped files ({@link AlignedFile}) and
 * kept on its disk: training reads the rows from the file's pages, not the heap, and a later run on the same files in
 * the same feature space (a hyperparameter search; the evaluation of the rows a run has just trained on) opens the file
 * instead of parsing the CSV again. An entry is named by a digest of everything its contents depend on (the files'
 * identity, size and time, the alignment, the phase's labelling, the virtual Worker's slice), so a changed file or
 * alignment is a new entry, never a stale one. The least recently used entries are deleted beyond the byte limit.
 *
 * <p>Entries last for the node's life: they are deleted when the application stops ({@link #clear}), and what an
 * earlier life left in the directory (a node that was killed) when the cache is made, so that a file half written when
 * a node stopped is never read. Plain Java, no container types.
 */
public final class AlignedCache {

    private static final Logger LOG = Logger.getLogger(AlignedCache.class.getName());
    static final String SUFFIX = ".aligned";
    private static final String PARTIAL = ".partial";

    private final Path dir;
    private final long limitBytes;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** A cache of at most {@code limitBytes} in {@code dir}, which is emptied of earlier entries. */
    public AlignedCache(Path dir, long limitBytes) {
        this.dir = dir;
        this.limitBytes = limitBytes;
        if (limitBytes > 0) {
            try {
                Files.createDirectories(dir);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(AlignedCache::ours).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            } catch (IOException e) {
                // each entry then checks the directory again, and goes to the heap while it is not usable (room)
                LOG.warning("cannot prepare the aligned-data cache in " + dir + ": " + e.getMessage());
            }
        }
    }

    /**
     * The data named {@code key} (a digest, see the class): the entry kept, or, when there is none, {@code encode}d
     * into a new file of {@code bytes} bytes (asked for only then) that is kept; when the cache is off, the entry would
     * exceed its limit, or the disk has not room for it, {@code onHeap} instead.
     */
    public AlignedData get(String key, java.util.function.LongSupplier bytes, Function<Path, AlignedData> encode,
                           Supplier<AlignedData> onHeap) {
        if (limitBytes <= 0) {
            return onHeap.get();
        }
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            Path file = dir.resolve(key + SUFFIX);
            if (Files.isRegularFile(file)) {
                try {
                    AlignedData data = AlignedFile.open(file);
                    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
                    return data;
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "the aligned data kept in " + file + " cannot be read (" + e.getMessage()
                            + "); encoding it again", e);
                    delete(file);
                }
            }
            long size = bytes.getAsLong();
            if (size > limitBytes || !room(size)) {
                return onHeap.get();
            }
            Path partial = dir.resolve(key + "." + UUID.randomUUID() + PARTIAL);
            AlignedData data;
            try {
                data = encode.apply(partial);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | UncheckedIOException e) {
                // the disk, not the data: a file system that cannot map files, or one that filled up meanwhile
                LOG.log(Level.WARNING, "cannot keep aligned data in " + dir + " (" + e.getMessage() + "); encoding "
                        + "on the heap instead", e);
                return onHeap.get();
            } finally {
                delete(partial);
            }
            evict(file);
            return data;
        }
    }

    /** Whether the disk has room for a new entry of {@code bytes}, with as much again to spare. */
    private boolean room(long bytes) {
        try {
            Files.createDirectories(dir);
            long usable = Files.getFileStore(dir).getUsableSpace();
            if (usable < 2 * bytes) {
                LOG.warning("the aligned-data cache in " + dir + " has " + (usable >> 20) + " MB of disk left; "
                        + "encoding " + (bytes >> 20) + " MB of rows on the heap instead");
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.warning("the aligned-data cache in " + dir + " is not usable (" + e.getMessage() + "); encoding on "
                    + "the heap instead");
            return false;
        }
    }

    /** Deletes the least recently used entries, never {@code kept}, until the entries fit the limit. */
    private void evict(Path kept) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> entries = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(AlignedCache::lastUsed).reversed()).toList();
            long total = 0;
            for (Path entry : entries) {
                total += size(entry);
                if (total > limitBytes && !entry.equals(kept)) {
                    total -= size(entry);
                    delete(entry);
                }
            }
        } catch (IOException e) {
            LOG.warning("cannot list the aligned-data cache in " + dir + ": " + e.getMessage());
        }
    }

    /** Deletes every entry, when the node stops: a run that still maps one keeps reading it until it lets it go. */
    public void clear() {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(AlignedCache::ours).forEach(AlignedCache::delete);
        } catch (IOException e) {
            LOG.fine(() -> "no aligned-data cache to clear in " + dir + ": " + e.getMessage());
        }
    }

    /** The entries kept, by file name (tests and operators). */
    List<String> entries() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean ours(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) || name.endsWith(PARTIAL);
    }

    private static long lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes a file; one still mapped by a run stays readable by it until the run lets it go. */
    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("cannot delete " + file + ": " + e.getMessage());
        }
    }
}

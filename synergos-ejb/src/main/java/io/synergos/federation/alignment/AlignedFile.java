package io.synergos.federation.alignment;

import io.synergos.federation.model.FeatureRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link AlignedData} in a file, its features memory-mapped: a Worker's large dataset, encoded once, trains from
 * the file's pages (the operating system's page cache) instead of the Java heap, and a later run in the same feature
 * space, or the evaluation of the same rows, opens the file instead of reading the CSV again. Float64, like the arrays
 * it stands for, so that a run on a mapped file is the run on the heap, bit for bit.
 *
 * <p>Layout, little-endian: a header of 32 bytes (the magic {@code SYNALIGN}, the format version, rows, width, outputs,
 * 8 bytes reserved); the features, rows x width float64, row-major; the labels, rows x outputs float64; the class
 * index of each row (int32); each row's dataset index and CSV line (int32 each); the number of datasets and each
 * dataset's name (int32 length, UTF-8). The features are mapped in segments of whole rows under
 * {@link #SEGMENT_BYTES}; the rest is read into arrays.
 */
public final class AlignedFile {

    static final byte[] MAGIC = "SYNALIGN".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int HEADER_BYTES = 32;

    /** A mapping holds at most 2 GB; the features are mapped in segments of whole rows up to 1 GB. */
    static final long SEGMENT_BYTES = 1L << 30;

    private AlignedFile() {
    }

    /**
     * The size of the file for {@code rows} rows of {@code width} features and {@code outputs} label values, but for
     * the datasets' names at its end (4 bytes and the name's own a dataset).
     */
    public static long bytes(int rows, int width, int outputs) {
        return HEADER_BYTES + 8L * rows * (width + outputs) + 12L * rows;
    }

    /**
     * A new file of {@code rows} rows, its features written one row at a time into their mapping
     * ({@link Writer#put}), the rest when it is {@link Writer#finish finished}.
     */
    static Writer create(Path file, int rows, int width, int outputs, long segmentBytes) {
        return new Writer(file, rows, width, outputs, segmentBytes);
    }

    /** The data of a finished file, its features mapped read-only; a file of another format or size is refused. */
    public static AlignedData open(Path file) {
        return open(file, SEGMENT_BYTES);
    }

    static AlignedData open(Path file, long segmentBytes) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, header, 0);
            header.flip();
            byte[] magic = new byte[MAGIC.length];
            header.get(magic);
            int version = header.getInt();
            int rows = header.getInt();
            int width = header.getInt();
            int outputs = header.getInt();
            if (!java.util.Arrays.equals(magic, MAGIC) || version != VERSION || rows < 0 || width < 0 || outputs < 1) {
                throw new IllegalStateException(file + " is not an aligned-data file of format " + VERSION);
            }
            long features = HEADER_BYTES;
            long labels = features + 8L * rows * width;
            long tail = labels + 8L * rows * outputs;
            if (channel.size() < bytes(rows, width, outputs)) {
                throw new IllegalStateException(file + " is cut short: " + channel.size() + " bytes, where " + rows
                        + " rows need at least " + bytes(rows, width, outputs));
            }
            int segmentRows = FeatureRows.segmentRows(width, segmentBytes);
            FeatureRows x = FeatureRows.mapped(map(channel, FileChannel.MapMode.READ_ONLY, features, rows, width,
                    segmentRows), segmentRows, rows, width);
            double[] y = new double[Math.multiplyExact(rows, outputs)];
            ByteBuffer bytes = read(channel, labels, 8L * y.length);
            bytes.asDoubleBuffer().get(y);
            ByteBuffer ints = read(channel, tail, 12L * rows);
            int[] classIndex = new int[rows];
            int[] datasetOf = new int[rows];
            int[] lines = new int[rows];
            ints.asIntBuffer().get(classIndex).get(datasetOf).get(lines);
            long at = tail + 12L * rows;
            int count = read(channel, at, 4).getInt();
            at += 4;
            List<String> datasets = new ArrayList<>(count);
            for (int d = 0; d < count; d++) {
                int length = read(channel, at, 4).getInt();
                byte[] name = new byte[length];
                read(channel, at + 4, length).get(name);
                datasets.add(new String(name, StandardCharsets.UTF_8));
                at += 4 + length;
            }
            return AlignedData.of(x, y, classIndex, outputs, new RowOrigins(datasets, datasetOf, lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the aligned data in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Maps {@code rows} rows of {@code width} float64 from {@code position}, in segments of {@code segmentRows} whole
     * rows (the last may be shorter).
     */
    private static DoubleBuffer[] map(FileChannel channel, FileChannel.MapMode mode, long position, int rows, int width,
                                      int segmentRows) throws IOException {
        int count = rows == 0 ? 0 : (rows + segmentRows - 1) / segmentRows;
        DoubleBuffer[] segments = new DoubleBuffer[count];
        for (int s = 0; s < count; s++) {
            int first = s * segmentRows;
            int n = Math.min(segmentRows, rows - first);
            segments[s] = channel.map(mode, position + 8L * first * width, 8L * n * width)
                    .order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        }
        return segments;
    }

    private static ByteBuffer read(FileChannel channel, long position, long length) throws IOException {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException(length + " bytes at " + position + " are more than one read holds");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, buffer, position);
        return buffer.flip();
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("the file ends at " + at);
            }
            at += n;
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    /**
     * The file holds the Worker's rows, standardised: where the file system has POSIX permissions, only the node's own
     * user may read it, as its datasets.
     */
    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = dir != null && dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }

    /** Puts value {@code i} into the buffer. */
    @FunctionalInterface
    private interface Put {
        void put(ByteBuffer buffer, int i);
    }

    /**
     * Writes {@code count} values of {@code size} bytes each from {@code at}, through {@code chunk}; answers where they
     * end.
     */
    private static long write(FileChannel channel, ByteBuffer chunk, long at, int count, int size, Put put)
            throws IOException {
        long end = at;
        for (int i = 0; i < count; ) {
            chunk.clear();
            for (; i < count && chunk.remaining() >= size; i++) {
                put.put(chunk, i);
            }
            chunk.flip();
            int n = chunk.remaining();
            writeFully(channel, chunk, end);
            end += n;
        }
        return end;
    }

    /** A file being written: the features a row at a time into the mapping, then the rest at once. */
    static final class Writer {
        private final Path file;
        private final int rows;
        private final int width;
        private final int outputs;
        private final FeatureRows x;
        private final DoubleBuffer[] segments;
        private final int segmentRows;

        private Writer(Path file, int rows, int width, int outputs, long segmentBytes) {
            this.file = file;
            this.rows = rows;
            this.width = width;
            this.outputs = outputs;
            this.segmentRows = FeatureRows.segmentRows(width, segmentBytes);
            try (FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE), ownerOnly(file))) {
                ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
                header.put(MAGIC).putInt(VERSION).putInt(rows).putInt(width).putInt(outputs).putLong(0).flip();
                writeFully(channel, header, 0);
                this.segments = map(channel, FileChannel.MapMode.READ_WRITE, HEADER_BYTES, rows, width, segmentRows);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the aligned data to " + file + ": " + e.getMessage(), e);
            }
            this.x = FeatureRows.mapped(segments, segmentRows, rows, width);
        }

        /** Row {@code row}'s features, {@code width} values from the start of {@code values}. */
        void put(int row, double[] values) {
            segments[row / segmentRows].put((row % segmentRows) * width, values, 0, width);
        }

        /** Writes the labels, class indexes and origins after the features and answers the data, its rows mapped. */
        AlignedData finish(double[] y, int[] classIndex, RowOrigins origins) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ByteBuffer chunk = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
                long labels = HEADER_BYTES + 8L * rows * width;
                long at = write(channel, chunk, labels, y.length, 8, (buffer, i) -> buffer.putDouble(y[i]));
                at = write(channel, chunk, at, rows, 4, (buffer, r) -> buffer.putInt(classIndex[r]));
                at = write(channel, chunk, at, rows, 4, (buffer, r) -> buffer.putInt(origins.datasetIndex(r)));
                at = write(channel, chunk, at, rows, 4, (buffer, r) -> buffer.putInt(origins.line(r)));
                List<String> names = origins.datasets();
                ByteBuffer tail = ByteBuffer.allocate(4 + names.stream().mapToInt(d -> 4
                        + d.getBytes(StandardCharsets.UTF_8).length).sum()).order(ByteOrder.LITTLE_ENDIAN);
                tail.putInt(names.size());
                for (String name : names) {
                    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
                    tail.putInt(utf8.length).put(utf8);
                }
                writeFully(channel, tail.flip(), at);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the aligned data to " + file + ": " + e.getMessage(), e);
            }
            return AlignedData.of(x, y, classIndex, outputs, origins);
        }
    }
}

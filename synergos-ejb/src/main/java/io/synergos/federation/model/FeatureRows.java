package io.synergos.federation.model;

import java.nio.DoubleBuffer;
import java.util.Arrays;

/**
 * Row-major features, {@code rows x width} float64 values: in an array on the heap, or in a memory-mapped file
 * ({@link io.synergos.federation.alignment.AlignedFile}) as segments of whole rows, each under 1 GB (a mapping holds
 * at most 2 GB). {@link DenseKernel} reads a row in place when it is on the heap and copies it into a buffer of its own
 * when it is mapped; either way it sees the same values, so training is the same, bit for bit.
 */
public final class FeatureRows {

    private final int rows;
    private final int width;
    private final double[] heap;
    private final DoubleBuffer[] segments;
    private final int segmentRows;

    private FeatureRows(int rows, int width, double[] heap, DoubleBuffer[] segments, int segmentRows) {
        this.rows = rows;
        this.width = width;
        this.heap = heap;
        this.segments = segments;
        this.segmentRows = segmentRows;
    }

    /** The rows of a row-major array of {@code x.length / width} rows ({@code width} at least 1). */
    public static FeatureRows of(double[] x, int width) {
        if (width < 1 || x.length % width != 0) {
            throw new IllegalArgumentException(x.length + " values are not whole rows of " + width);
        }
        return new FeatureRows(x.length / width, width, x, null, 0);
    }

    /** The rows of a row-major array of {@code rows} rows of {@code width} (which may be 0: rows without features). */
    public static FeatureRows of(double[] x, int width, int rows) {
        if (width < 0 || rows < 0 || x.length != (long) rows * width) {
            throw new IllegalArgumentException(x.length + " values are not " + rows + " rows of " + width);
        }
        return new FeatureRows(rows, width, x, null, 0);
    }

    /**
     * The rows held in {@code segments}, each of {@code segmentRows} rows but the last; the buffers are used as they
     * are, by absolute index (their positions are never moved).
     */
    public static FeatureRows mapped(DoubleBuffer[] segments, int segmentRows, int rows, int width) {
        long capacity = 0;
        for (DoubleBuffer segment : segments) {
            capacity += segment.capacity();
        }
        if (segmentRows < 1 || capacity != (long) rows * width
                || segments.length != (rows == 0 ? 0 : (rows + segmentRows - 1) / segmentRows)) {
            throw new IllegalArgumentException(segments.length + " segments of " + segmentRows + " rows, " + capacity
                    + " values in all, are not " + rows + " rows of " + width);
        }
        return new FeatureRows(rows, width, null, segments.clone(), segmentRows);
    }

    /** The number of rows in a segment of at most {@code bytes} bytes, at least one. */
    public static int segmentRows(int width, long bytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / (8L * Math.max(1, width))));
    }

    /** Refuses rows that are not {@code inputs} wide for {@code model}, naming both. */
    void requireWidth(int inputs, Object model) {
        if (width != inputs) {
            throw new IllegalArgumentException("the model " + model + " has " + inputs + " inputs; the rows have "
                    + width + " features");
        }
    }

    public int rows() {
        return rows;
    }

    public int width() {
        return width;
    }

    /** Whether the rows are an array on the heap ({@link #array()}), rather than a mapped file. */
    public boolean onHeap() {
        return heap != null;
    }

    /** The heap array, row-major; only for rows {@link #onHeap() on the heap}. */
    public double[] array() {
        if (heap == null) {
            throw new IllegalStateException("these rows are a mapped file, not an array on the heap");
        }
        return heap;
    }

    /**
     * The array that holds row {@code row}: the heap array itself (the row starts at {@link #offset(int)}), or, for
     * mapped rows, {@code buffer} (of at least {@link #width()} values) with the row copied to its start.
     */
    public double[] source(int row, double[] buffer) {
        if (heap != null) {
            return heap;
        }
        read(row, buffer, 0);
        return buffer;
    }

    /** Copies mapped row {@code row} into {@code out} from {@code at}. */
    private void read(int row, double[] out, int at) {
        segments[row / segmentRows].get((row % segmentRows) * width, out, at, width);
    }

    /** Where row {@code row} starts in the array {@link #source} gives. */
    public int offset(int row) {
        return heap != null ? row * width : 0;
    }

    /** Rows {@code from..to} as a new row-major array (a chunk of them for ND4J; the whole of them in tests). */
    public double[] copy(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + ".." + to + " of " + rows);
        }
        if (heap != null) {
            return Arrays.copyOfRange(heap, from * width, to * width);
        }
        double[] out = new double[Math.multiplyExact(to - from, width)];
        for (int row = from; row < to; row++) {
            read(row, out, (row - from) * width);
        }
        return out;
    }
}

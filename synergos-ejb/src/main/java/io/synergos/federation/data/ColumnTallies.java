package io.synergos.federation.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link DatasetReader#scan} counts of each column in the rows it keeps, as it types them: present values, the sum
 * and sum of squares of the numbers, and the distinct values. A dataset's header is made from these, so that a large file
 * is not read once more for it (a pass over a million rows of 50 columns takes seconds).
 *
 * <p>A column's type is known only at the end of the scan, so both are counted for every column; distinct values are
 * followed up to {@link #MAX_DISTINCT} per column, and a categorical column with more has no tally here (its header then
 * takes the extra pass). A numeric column's first cell that is not a finite number is remembered, to be reported as a pass
 * over the rows would have reported it.
 */
public final class ColumnTallies {

    /** One column's tally: present values, and the numbers' sum and sum of squares or the sorted distinct values. */
    public record Tally(long present, double sum, double sumOfSquares, List<String> categories) {
    }

    /** Distinct values followed per column. */
    public static final int MAX_DISTINCT = 4096;

    private final long[] present;
    private final double[] sums;
    private final double[] squares;
    private final List<Set<String>> distinct = new ArrayList<>();
    private final int[] firstBadLine;
    private final String[] firstBadCell;

    ColumnTallies(int columns) {
        present = new long[columns];
        sums = new double[columns];
        squares = new double[columns];
        firstBadLine = new int[columns];
        firstBadCell = new String[columns];
        for (int c = 0; c < columns; c++) {
            distinct.add(new HashSet<>());
        }
    }

    /**
     * One present cell of a kept row.
     *
     * @param number the cell read as a number, null when it is not one
     */
    void add(int column, String cell, Double number, int line) {
        present[column]++;
        if (number != null && !number.isInfinite()) {
            double x = number;
            sums[column] += x;
            squares[column] += x * x;
        } else if (firstBadLine[column] == 0) {
            firstBadLine[column] = line;
            firstBadCell[column] = cell;
        }
        Set<String> values = distinct.get(column);
        if (values != null && values.add(cell) && values.size() > MAX_DISTINCT) {
            distinct.set(column, null);
        }
    }

    /** Once the types are known: drops the distinct values of every column that is not categorical (a scan is kept). */
    void settle(boolean[] categorical) {
        for (int c = 0; c < categorical.length; c++) {
            if (!categorical[c]) {
                distinct.set(c, null);
            }
        }
    }

    /**
     * The tallies of the scanned file's columns, in the order of its types, or null when a categorical column has more
     * distinct values than were followed.
     *
     * @throws DataFormatException at the first kept row (in file order, then column order) whose numeric cell is not a
     *                             finite number: the error {@link DatasetReader.Scan#forEachRow} gives
     */
    List<Tally> of(String file, int[] indexes, String[] names, ColumnType[] types) {
        int badAt = -1;
        for (int k = 0; k < indexes.length; k++) {
            int line = firstBadLine[indexes[k]];
            if (types[k] == ColumnType.NUMERIC && line > 0 && (badAt < 0 || line < firstBadLine[indexes[badAt]])) {
                badAt = k;
            }
        }
        if (badAt >= 0) {
            throw DatasetReader.notANumber(file, firstBadLine[indexes[badAt]], names[badAt], firstBadCell[indexes[badAt]]);
        }
        List<Tally> tallies = new ArrayList<>();
        for (int k = 0; k < indexes.length; k++) {
            int c = indexes[k];
            if (types[k] == ColumnType.CATEGORICAL) {
                if (distinct.get(c) == null) {
                    return null;
                }
                List<String> sorted = new ArrayList<>(distinct.get(c));
                Collections.sort(sorted);
                tallies.add(new Tally(present[c], 0, 0, List.copyOf(sorted)));
            } else {
                tallies.add(new Tally(present[c], sums[c], squares[c], List.of()));
            }
        }
        return List.copyOf(tallies);
    }
}

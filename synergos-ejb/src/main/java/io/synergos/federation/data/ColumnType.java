package io.synergos.federation.data;

/** How a column's values are read. */
public enum ColumnType { NUMERIC, CATEGORICAL }

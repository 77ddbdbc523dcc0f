package io.synergos.federation.serving;

/** A record sent for prediction that cannot be encoded: names the record (0-based index) and the field. */
public class RecordException extends IllegalArgumentException {

    private final int record;
    private final String field;

    public RecordException(int record, String field, String message) {
        super("record " + record + ", field '" + field + "': " + message);
        this.record = record;
        this.field = field;
    }

    public int record() {
        return record;
    }

    public String field() {
        return field;
    }
}

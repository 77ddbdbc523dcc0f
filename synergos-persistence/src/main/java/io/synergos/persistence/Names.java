package io.synergos.persistence;

/**
 * The rule for the names of projects, experiments, runs, participants and datasets: the entities, the REST
 * requests and the dashboard's forms validate with these, so they cannot drift apart.
 */
public final class Names {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final String MESSAGE = "must start with a letter or digit and contain only letters, digits, '.', "
            + "'_' or '-'";

    /** How a data tag names one of its participant's catalog entries instead of a file: {@code catalog:ID}. */
    public static final String CATALOG_REF = "catalog:[0-9]+";

    private Names() {
    }
}

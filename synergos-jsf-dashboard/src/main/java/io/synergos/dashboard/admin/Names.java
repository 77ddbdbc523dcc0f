package io.synergos.dashboard.admin;

/** The name rule of projects, experiments and runs, as the REST API and the entities check it. */
final class Names {

    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    static final String MESSAGE = "must start with a letter or digit and hold only letters, digits, '.', '_' or '-'";

    private Names() {
    }
}

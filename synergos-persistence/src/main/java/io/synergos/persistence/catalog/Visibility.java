package io.synergos.persistence.catalog;

/** Who may find a catalog entry. */
public enum Visibility {
    /** its owner and the TTP's admins */
    PRIVATE,
    /** also the participants of the projects it is registered in */
    PROJECTS,
    /** every party */
    PUBLIC
}

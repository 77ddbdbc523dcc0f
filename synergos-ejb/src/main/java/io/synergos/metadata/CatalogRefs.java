package io.synergos.metadata;

import io.synergos.persistence.catalog.CatalogDataset;
import jakarta.persistence.EntityManager;

/**
 * A data tag's {@code catalog:ID}: one of its participant's catalog entries named instead of a file name (the form
 * is {@link io.synergos.persistence.Names#CATALOG_REF}). Registration checks it, a run resolves it, a withdrawal
 * finds the registrations that use it.
 */
public final class CatalogRefs {

    static final String PREFIX = "catalog:";

    private CatalogRefs() {
    }

    /** The reference a data tag holds for the entry. */
    public static String of(long entryId) {
        return PREFIX + entryId;
    }

    /** The entry id a data tag's dataset names, or null when it names a file. */
    public static Long entryId(String dataset) {
        return dataset != null && dataset.startsWith(PREFIX) ? Long.valueOf(dataset.substring(PREFIX.length())) : null;
    }

    /** An entry named as {@code catalog:ID} or as its bare id, or null when {@code text} is neither. */
    public static Long parse(String text) {
        String digits = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }

    /** The participant's own entry with this id, or null when there is none (missing, withdrawn, or another's). */
    public static CatalogDataset ownEntry(EntityManager em, String participant, long entryId) {
        CatalogDataset entry = em.find(CatalogDataset.class, entryId);
        return entry != null && entry.getOwner().equals(participant) ? entry : null;
    }
}

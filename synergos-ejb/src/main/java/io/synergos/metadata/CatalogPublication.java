package io.synergos.metadata;

/** What a Worker sends the TTP's catalog: the owner's metadata and the profile it computed from the file. */
public record CatalogPublication(@jakarta.validation.Valid CatalogEntryRequest entry, DatasetProfile profile) {
}

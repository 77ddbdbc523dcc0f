package io.synergos.metadata;

import io.synergos.persistence.catalog.CatalogDataset;

import java.time.Instant;
import java.util.List;

/** A catalog entry as the API shows it. */
public record CatalogEntryView(long id, String owner, String organisation, String name, String title,
                               String description, List<String> keywords, String domain, String licence,
                               String contact, String label, String task, List<DatasetProfile.Column> columns,
                               long rowCount, int rowGranularity, String version, String visibility,
                               Instant createdAt, Instant modifiedAt, Float score) {

    static CatalogEntryView of(CatalogDataset d, Float score) {
        return new CatalogEntryView(d.getId(), d.getOwner(), d.getOrganisation(), d.getName(), d.getTitle(),
                d.getDescription(), List.copyOf(d.getKeywords()), d.getDomain(), d.getLicence(), d.getContact(),
                d.getLabel(), d.getTask(), d.getColumns().stream().map(c -> new DatasetProfile.Column(c.getName(),
                c.getType(), c.getCategories())).toList(), d.getRowCount(), d.getRowGranularity(), d.getVersion(),
                d.getVisibility().name().toLowerCase(java.util.Locale.ROOT), d.getCreatedAt(), d.getModifiedAt(), score);
    }
}

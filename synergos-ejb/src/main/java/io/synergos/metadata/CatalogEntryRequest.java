package io.synergos.metadata;

import io.synergos.persistence.catalog.CatalogDataset;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * What a dataset's owner publishes about it, besides what its Worker computes from the file (schema, rounded
 * row count, version). Every text and list is bounded where the request arrives, as the catalog stores it.
 *
 * @param participant    the owner: the participant name this Worker is registered under at the TTP
 * @param catalog        the TTP's base URL (only when publishing from the Worker)
 * @param title          required, at most 200 characters
 * @param visibility     private (default), projects or public
 * @param rowGranularity the row count is rounded down to this (default 1: exact)
 * @param label          the label column, when the file's sidecar does not name it
 * @param types          column types the file must agree with ({@code numeric} or {@code categorical})
 */
public record CatalogEntryRequest(@Size(max = 100, message = TEXT) String participant,
                                  @Size(max = 500, message = TEXT) String catalog,
                                  @Size(max = CatalogDataset.TEXT, message = TEXT) String title,
                                  @Size(max = CatalogDataset.LONG_TEXT, message = TEXT) String description,
                                  @Size(max = 100, message = ITEMS) List<@Size(max = 100, message = TEXT) String> keywords,
                                  @Size(max = CatalogDataset.TEXT, message = TEXT) String domain,
                                  @Size(max = CatalogDataset.TEXT, message = TEXT) String organisation,
                                  @Size(max = CatalogDataset.TEXT, message = TEXT) String licence,
                                  @Size(max = CatalogDataset.TEXT, message = TEXT) String contact,
                                  @Size(max = 20, message = TEXT) String visibility,
                                  Integer rowGranularity,
                                  @Size(max = 200, message = TEXT) String label,
                                  @Size(max = 5000, message = ITEMS)
                                  Map<@Size(max = 200, message = TEXT) String, @Size(max = 20, message = TEXT) String> types) {

    /** A bounded text's refusal, e.g. "title must be at most 200 characters". */
    static final String TEXT = "must be at most {max} characters";
    static final String ITEMS = "must have at most {max} items";
}

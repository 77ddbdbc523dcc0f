package io.synergos.metadata;

import java.util.List;
import java.util.Map;

/**
 * What a dataset's owner publishes about it, besides what its Worker computes from the file (schema, rounded
 * row count, version).
 *
 * @param participant    the owner: the participant name this Worker is registered under at the TTP
 * @param catalog        the TTP's base URL (only when publishing from the Worker)
 * @param title          required, at most 200 characters
 * @param visibility     private (default), projects or public
 * @param rowGranularity the row count is rounded down to this (default 1: exact)
 * @param label          the label column, when the file's sidecar does not name it
 * @param types          column types the file must agree with ({@code numeric} or {@code categorical})
 */
public record CatalogEntryRequest(String participant, String catalog, String title, String description,
                                  List<String> keywords, String domain, String organisation, String licence,
                                  String contact, String visibility, Integer rowGranularity, String label,
                                  Map<String, String> types) {
}

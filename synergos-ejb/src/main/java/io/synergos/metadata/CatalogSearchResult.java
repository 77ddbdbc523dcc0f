package io.synergos.metadata;

import java.util.List;
import java.util.Map;

/**
 * @param total  how many entries match (the caller may read them all)
 * @param hits   the page asked for, best first
 * @param facets for each facet, the values among the matches with their counts
 */
public record CatalogSearchResult(long total, List<CatalogEntryView> hits, Map<String, Map<String, Long>> facets) {
}

package io.synergos.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A catalog search as a person types it: free words (matched by relevance, forgiving a typo) and facets
 * {@code name:value}, all of which must hold, e.g. {@code column:age AND type:numeric diabetes}. {@code AND} between
 * parts is optional; a value with spaces is quoted ({@code domain:"public health"}). A {@code column:} and a
 * {@code type:} given once each mean that column has that type.
 *
 * @param words  the free words, lower case
 * @param facets the facets by name, values lower case, in the order given
 */
public record CatalogQuery(List<String> words, Map<String, List<String>> facets) {

    /** The facets a query may name, and the values the closed ones take. */
    public static final Map<String, Set<String>> FACETS = allowedFacets();

    private static Map<String, Set<String>> allowedFacets() {
        Map<String, Set<String>> f = new LinkedHashMap<>();
        f.put("owner", Set.of());
        f.put("domain", Set.of());
        f.put("keyword", Set.of());
        f.put("column", Set.of());
        f.put("type", Set.of("numeric", "categorical"));
        f.put("task", Set.of("classification", "regression"));
        f.put("visibility", Set.of("private", "projects", "public"));
        return java.util.Collections.unmodifiableMap(f);
    }

    /** A query that cannot be read; {@code position} is the 1-based character where the problem is. */
    public static final class InvalidQueryException extends IllegalArgumentException {
        private final int position;

        public InvalidQueryException(int position, String message) {
            super("query error at position " + position + ": " + message);
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    public static CatalogQuery parse(String query) {
        List<String> words = new ArrayList<>();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        if (query == null) {
            return new CatalogQuery(words, facets);
        }
        if (query.length() > 1000) {
            throw new InvalidQueryException(1001, "a query has at most 1000 characters, this one " + query.length());
        }
        int i = 0;
        int n = query.length();
        while (i < n) {
            if (Character.isWhitespace(query.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            String name = null;
            // a facet name: letters followed by ':'
            int j = i;
            while (j < n && Character.isLetter(query.charAt(j))) {
                j++;
            }
            if (j < n && j > i && query.charAt(j) == ':') {
                name = query.substring(i, j).toLowerCase(Locale.ROOT);
                if (!FACETS.containsKey(name)) {
                    throw new InvalidQueryException(start + 1, "unknown facet '" + query.substring(i, j) + "'; use "
                            + String.join(", ", FACETS.keySet()));
                }
                i = j + 1;
                if (i >= n || Character.isWhitespace(query.charAt(i))) {
                    throw new InvalidQueryException(i + 1, "facet '" + name + ":' needs a value");
                }
            }
            String value;
            if (query.charAt(i) == '"') {
                int close = query.indexOf('"', i + 1);
                if (close < 0) {
                    throw new InvalidQueryException(i + 1, "the quote opened here is never closed");
                }
                value = query.substring(i + 1, close).trim();
                if (value.isEmpty()) {
                    throw new InvalidQueryException(i + 1, "empty quotes");
                }
                i = close + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(query.charAt(end))) {
                    char c = query.charAt(end);
                    if (c == '"' || c == '(' || c == ')') {
                        throw new InvalidQueryException(end + 1, "unexpected '" + c + "'"
                                + (c == '"' ? ": quote a whole value" : ": parentheses are not supported"));
                    }
                    end++;
                }
                value = query.substring(i, end);
                i = end;
            }
            if (name == null) {
                if (value.equals("AND")) {
                    continue;
                }
                if (value.equals("OR") || value.equals("NOT")) {
                    throw new InvalidQueryException(start + 1, value + " is not supported: every part must hold");
                }
                words.add(value.toLowerCase(Locale.ROOT));
            } else {
                String v = value.toLowerCase(Locale.ROOT);
                Set<String> allowed = FACETS.get(name);
                if (!allowed.isEmpty() && !allowed.contains(v)) {
                    throw new InvalidQueryException(start + 1, name + " '" + value + "' does not exist; use "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
                facets.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
            }
        }
        return new CatalogQuery(List.copyOf(words), facets);
    }

    public List<String> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }

    /** The column name and type that must go together, when the query gives exactly one of each. */
    public String typedColumn() {
        return facet("column").size() == 1 && facet("type").size() == 1
                ? facet("column").get(0) + ":" + facet("type").get(0) : null;
    }
}

package io.synergos.dashboard.catalog;

import io.synergos.admin.AdminTasks;
import io.synergos.dashboard.session.Feedback;
import io.synergos.metadata.CatalogEntryRequest;
import io.synergos.metadata.CatalogEntryView;
import io.synergos.metadata.CatalogQuery;
import io.synergos.metadata.CatalogSearchResult;
import io.synergos.metadata.CatalogService;
import io.synergos.persistence.participant.Participant;
import io.synergos.metadata.RegistryService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The data catalog: a search box (full text, fuzzy, with facets such as {@code column:age AND type:numeric}), the
 * facets of the matches as links that narrow the search, results with snippets; and, for admins, the form that
 * publishes a participant's dataset (its Worker profiles the file; rows never leave it).
 */
@Named
@ViewScoped
public class CatalogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    RegistryService registry;

    @Inject
    AdminTasks admin;

    private String q;
    private CatalogSearchResult result;
    private String queryError;

    @NotNull(message = "is required: whose dataset")
    private Long participant;
    @NotBlank(message = "is required: the file's name on the Worker, without .csv")
    private String dataset;
    private final EntryFields fields = new EntryFields();
    private Integer rowGranularity = 1;

    /** One value of a facet among the matches, and the query that narrows to it. */
    public record FacetValue(String value, long count, String query) implements Serializable {
    }

    public record FacetGroup(String name, List<FacetValue> values) implements Serializable {
    }

    /** A piece of a snippet; {@code match} pieces are words of the query. */
    public record Piece(String text, boolean match) implements Serializable {
    }

    public void load() {
        try {
            result = catalog.search(q, CatalogService.Caller.staff(user()), 0, 50);
        } catch (RuntimeException e) {
            // the container wraps what an EJB throws unless it is an application exception
            Throwable cause = e instanceof jakarta.ejb.EJBException && e.getCause() != null ? e.getCause() : e;
            if (!(cause instanceof CatalogQuery.InvalidQueryException)) {
                throw e;
            }
            queryError = cause.getMessage();
            result = null;
        }
    }

    public String search() {
        return "/catalog?faces-redirect=true&q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8);
    }

    public List<FacetGroup> getFacets() {
        if (result == null) {
            return List.of();
        }
        List<FacetGroup> groups = new ArrayList<>();
        result.facets().forEach((name, values) -> {
            if (!values.isEmpty()) {
                groups.add(new FacetGroup(name, values.entrySet().stream().map(v -> new FacetValue(v.getKey(),
                        v.getValue(), narrow(name, v.getKey()))).toList()));
            }
        });
        return groups;
    }

    private String narrow(String facet, String value) {
        String term = facet + ":" + (value.matches("[\\p{L}\\p{N}_.-]+") ? value : "\"" + value + "\"");
        return q == null || q.isBlank() ? term : q.trim() + " AND " + term;
    }

    /** The description, cut to about 220 characters around the first word of the query it contains, words marked. */
    public List<Piece> snippet(CatalogEntryView entry) {
        String text = entry.description() == null ? "" : entry.description();
        List<String> words = words();
        int at = -1;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            int i = lower.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int from = Math.max(0, at - 80);
        int to = Math.min(text.length(), from + 220);
        String cut = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
        List<Piece> pieces = new ArrayList<>();
        String cutLower = cut.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < cut.length()) {
            int next = -1;
            String found = null;
            for (String w : words) {
                int j = cutLower.indexOf(w, i);
                if (j >= 0 && (next < 0 || j < next)) {
                    next = j;
                    found = w;
                }
            }
            if (next < 0) {
                pieces.add(new Piece(cut.substring(i), false));
                break;
            }
            if (next > i) {
                pieces.add(new Piece(cut.substring(i, next), false));
            }
            pieces.add(new Piece(cut.substring(next, next + found.length()), true));
            i = next + found.length();
        }
        return pieces;
    }

    /** The free-text words of the query (facets and operators left out), lower case, at least 3 letters. */
    private List<String> words() {
        if (q == null) {
            return List.of();
        }
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[\\s\"()]+"))
                .filter(w -> !w.contains(":") && w.length() >= 3 && !List.of("and", "or", "not").contains(w))
                .toList();
    }

    /** The columns of an entry as "name (type)", the label marked. */
    public String columns(CatalogEntryView entry) {
        StringBuilder s = new StringBuilder();
        entry.columns().stream().limit(12).forEach(c -> s.append(s.isEmpty() ? "" : ", ").append(c.name())
                .append(c.name().equals(entry.label()) ? " (label)" : ""));
        return entry.columns().size() > 12 ? s + ", … " + (entry.columns().size() - 12) + " more" : s.toString();
    }

    public String publish() {
        CatalogEntryRequest request = fields.request(rowGranularity);
        CatalogEntryView published = Feedback.attempt(() -> admin.publishToCatalog(participant, dataset, request),
                "publish", EntryFields.ERRORS);
        if (published == null) {
            return null;
        }
        Feedback.info("Published " + published.owner() + "/" + published.name() + " as catalog entry "
                + published.id() + " (version " + published.version().substring(0, 12) + ").");
        return "/dataset?faces-redirect=true&id=" + published.id();
    }

    public List<Participant> getParticipants() {
        return registry.participants();
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public CatalogSearchResult getResult() {
        return result;
    }

    public String getQueryError() {
        return queryError;
    }

    public Long getParticipant() {
        return participant;
    }

    public void setParticipant(Long participant) {
        this.participant = participant;
    }

    public String getDataset() {
        return dataset;
    }

    public void setDataset(String dataset) {
        this.dataset = dataset;
    }







    public EntryFields getFields() {
        return fields;
    }

    public Integer getRowGranularity() {
        return rowGranularity;
    }

    public void setRowGranularity(Integer rowGranularity) {
        this.rowGranularity = rowGranularity;
    }
}

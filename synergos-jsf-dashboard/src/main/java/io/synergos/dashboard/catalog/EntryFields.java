package io.synergos.dashboard.catalog;

import io.synergos.metadata.CatalogEntryRequest;
import io.synergos.metadata.CatalogEntryView;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the owner says about a dataset, as the publish and edit forms hold it (keywords comma-separated); the
 * catalog service checks it (lengths, visibility) and its errors land beside these fields ({@link #ERRORS}).
 */
public class EntryFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's field names, mapped to the forms' input ids. */
    static final Map<String, String> ERRORS = Map.of("title", "title", "description", "description", "keywords",
            "keywords", "domain", "domain", "licence", "licence", "contact", "contact", "visibility", "visibility",
            "rowGranularity", "rowGranularity", "dataset", "dataset", "name", "dataset");

    @NotBlank(message = "is required")
    private String title;
    private String description;
    private String keywords;
    private String domain;
    private String licence;
    private String contact;
    private String visibility = "private";

    static EntryFields of(CatalogEntryView entry) {
        EntryFields f = new EntryFields();
        f.title = entry.title();
        f.description = entry.description();
        f.keywords = String.join(", ", entry.keywords());
        f.domain = entry.domain();
        f.licence = entry.licence();
        f.contact = entry.contact();
        f.visibility = entry.visibility();
        return f;
    }

    /** The request these fields make; {@code rowGranularity} only when publishing (null keeps it). */
    CatalogEntryRequest request(Integer rowGranularity) {
        List<String> words = keywords == null || keywords.isBlank() ? List.of()
                : Arrays.stream(keywords.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList();
        return new CatalogEntryRequest(null, null, title, description, words, domain, null, licence, contact,
                visibility, rowGranularity, null, null);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }
}

package io.synergos.persistence.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dataset's entry in the data catalog: what its owner chose to publish about it, never rows. Indexed for
 * full-text search (Hibernate Search); the index follows every committed change.
 */
@Entity
@Table(name = "syn_catalog_dataset", uniqueConstraints = @UniqueConstraint(columnNames = {"owner", "name"}))
@Indexed(index = "catalog-dataset")
public class CatalogDataset {

    public static final int TEXT = 200;
    public static final int LONG_TEXT = 4000;

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long revision;

    /** the participant that owns it (and publishes it from its Worker) */
    @KeywordField(name = "owner", aggregable = Aggregable.YES)
    @Column(nullable = false, length = 100)
    private String owner;

    /** the owner's organisation, as it wants to be found */
    @FullTextField
    @Size(max = TEXT)
    @Column(length = TEXT)
    private String organisation;

    /** the dataset's name on the Worker (its file name without {@code .csv}) */
    @FullTextField(name = "name_text")
    @KeywordField(name = "name")
    @Column(nullable = false, length = 100)
    private String name;

    @FullTextField
    @NotBlank
    @Size(max = TEXT)
    @Column(nullable = false, length = TEXT)
    private String title;

    @FullTextField
    @Size(max = LONG_TEXT)
    @Column(length = LONG_TEXT)
    private String description;

    @FullTextField(name = "keywords_text")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "syn_catalog_keyword", joinColumns = @JoinColumn(name = "dataset_id"))
    @OrderColumn(name = "position")
    @Column(name = "keyword", length = 100)
    private List<String> keywords = new ArrayList<>();

    @FullTextField(name = "domain_text")
    @Size(max = TEXT)
    @Column(length = TEXT)
    private String domain;

    @Size(max = LONG_TEXT)
    @Column(length = LONG_TEXT)
    private String licence;

    @Size(max = TEXT)
    @Column(length = TEXT)
    private String contact;

    @Column(length = 200)
    private String label;

    /** classification or regression, by the label's type; null without a label */
    @KeywordField(aggregable = Aggregable.YES)
    @Column(length = 20)
    private String task;

    @IndexedEmbedded
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "syn_catalog_column", joinColumns = @JoinColumn(name = "dataset_id"))
    @OrderColumn(name = "position")
    private List<CatalogColumn> columns = new ArrayList<>();

    /** rounded down to {@link #rowGranularity} by the Worker before it left */
    @GenericField
    private long rowCount;

    private int rowGranularity = 1;

    /** SHA-256 over the schema and the data: any change makes a new version */
    @KeywordField
    @Column(nullable = false, length = 64)
    private String version;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private Visibility visibility = Visibility.PRIVATE;

    @GenericField(sortable = org.hibernate.search.engine.backend.types.Sortable.YES)
    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant modifiedAt;

    public CatalogDataset() {
    }

    /** Facet values in lower case, so that {@code owner:Hospital-A} and {@code owner:hospital-a} agree. */
    @KeywordField(name = "owner_facet", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "owner")))
    public String getOwnerFacet() {
        return lower(owner);
    }

    @KeywordField(name = "domain_facet", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "domain")))
    public String getDomainFacet() {
        return lower(domain);
    }

    @KeywordField(name = "keyword_facet", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "keywords")))
    public List<String> getKeywordFacets() {
        return keywords.stream().map(CatalogDataset::lower).toList();
    }

    @KeywordField(name = "column_facet", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "columns")))
    public List<String> getColumnFacets() {
        return columns.stream().map(c -> lower(c.getName())).toList();
    }

    /** {@code name:type} of every column, for "this column has this type" */
    @KeywordField(name = "typed_column")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "columns")))
    public List<String> getTypedColumns() {
        return columns.stream().map(c -> lower(c.getName()) + ":" + c.getType()).toList();
    }

    @KeywordField(name = "type_facet", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "columns")))
    public List<String> getColumnTypes() {
        return columns.stream().map(CatalogColumn::getType).distinct().toList();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public long getRevision() {
        return revision;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords.clear();
        this.keywords.addAll(keywords);
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

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public List<CatalogColumn> getColumns() {
        return columns;
    }

    public void setColumns(List<CatalogColumn> columns) {
        this.columns.clear();
        this.columns.addAll(columns);
    }

    public long getRowCount() {
        return rowCount;
    }

    public void setRowCount(long rowCount) {
        this.rowCount = rowCount;
    }

    public int getRowGranularity() {
        return rowGranularity;
    }

    public void setRowGranularity(int rowGranularity) {
        this.rowGranularity = rowGranularity;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public void setModifiedAt(Instant modifiedAt) {
        this.modifiedAt = modifiedAt;
    }
}

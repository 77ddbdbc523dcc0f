package io.synergos.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who published, changed or withdrew a catalog entry, when, and what changed. Kept after a withdrawal. */
@Entity
@Table(name = "syn_catalog_audit", indexes = @jakarta.persistence.Index(name = "syn_catalog_audit_at", columnList = "at"))
public class CatalogAudit {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private long datasetId;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(nullable = false, length = 100)
    private String dataset;

    /** PUBLISHED, CHANGED or WITHDRAWN */
    @Column(nullable = false, length = 20)
    private String action;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    @Column(length = 4000)
    private String changes;

    /** The TTP node that made the change: the others bring their search index up to date from it. */
    @Column(length = 100)
    private String node;

    public CatalogAudit() {
    }

    public CatalogAudit(CatalogDataset d, String action, String actor, String changes) {
        this.datasetId = d.getId();
        this.owner = d.getOwner();
        this.dataset = d.getName();
        this.action = action;
        this.actor = actor;
        this.at = Instant.now();
        this.changes = changes == null || changes.length() <= 4000 ? changes : changes.substring(0, 3997) + "...";
    }

    public Long getId() {
        return id;
    }

    public long getDatasetId() {
        return datasetId;
    }

    public String getOwner() {
        return owner;
    }

    public String getDataset() {
        return dataset;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getChanges() {
        return changes;
    }

    public String getNode() {
        return node;
    }

    public CatalogAudit by(String node) {
        this.node = node;
        return this;
    }
}

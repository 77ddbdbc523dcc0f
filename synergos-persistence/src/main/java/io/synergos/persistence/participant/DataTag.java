package io.synergos.persistence.participant;

import io.synergos.persistence.Names;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/** Names the datasets on a Worker's disk that serve one purpose ({@link Tag}) in a project. */
@Entity
@Table(name = "syn_data_tag", uniqueConstraints = @UniqueConstraint(columnNames = {"registration_id", "tag"}))
public class DataTag {

    /** What the tagged datasets are used for. */
    public enum Tag { TRAIN, EVALUATE, PREDICT }

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Registration registration;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private Tag tag;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "syn_data_tag_dataset")
    @OrderColumn(name = "position")
    @Column(name = "dataset", nullable = false, length = 200)
    private List<@Pattern(regexp = Names.PATTERN + "|" + Names.CATALOG_REF,
            message = "must be a dataset name, or catalog:ID for one of the participant's catalog entries") String> datasets
            = new ArrayList<>();

    protected DataTag() {
    }

    public DataTag(Registration registration, Tag tag, List<String> datasets) {
        this.registration = registration;
        this.tag = tag;
        this.datasets = new ArrayList<>(datasets);
    }

    public Long getId() {
        return id;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Tag getTag() {
        return tag;
    }

    public List<String> getDatasets() {
        return datasets;
    }

    public void setDatasets(List<String> datasets) {
        this.datasets = new ArrayList<>(datasets);
    }
}

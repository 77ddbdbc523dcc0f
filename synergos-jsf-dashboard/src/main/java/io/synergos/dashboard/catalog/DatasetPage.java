package io.synergos.dashboard.catalog;

import io.synergos.admin.AdminTasks;
import io.synergos.dashboard.lineage.LineageDrawing;
import io.synergos.dashboard.session.Feedback;
import io.synergos.metadata.CatalogEntryRequest;
import io.synergos.metadata.CatalogEntryView;
import io.synergos.metadata.CatalogService;
import io.synergos.metadata.LineageService;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.catalog.CatalogAudit;
import io.synergos.persistence.run.Run;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A catalog entry: its schema, its versions (from the audit: every publication and change, who and when), where it
 * is used (registrations, and the runs that trained or were evaluated on it), its lineage drawn as a graph; and, for admins, the
 * forms to edit its metadata and to withdraw it.
 */
@Named
@ViewScoped
public class DatasetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    LineageService lineage;

    @Inject
    AdminTasks admin;

    private Long id;
    private CatalogEntryView entry;
    private List<AuditRow> audit = List.of();
    private List<String> registrations = List.of();
    private List<RunRow> runs = List.of();
    private LineageDrawing drawing;

    private EntryFields fields = new EntryFields();
    private boolean force;

    /** One audited action on the entry. */
    public record AuditRow(String action, String actor, Instant at, String changes) implements Serializable {
    }

    /** A run that used the entry: {@code use} is "trained" or "evaluated". */
    public record RunRow(long id, String name, String project, String status, String use) implements Serializable {
    }

    public void load() {
        if (id == null) {
            return;
        }
        try {
            entry = catalog.get(id, CatalogService.Caller.staff(user()));
        } catch (NotFoundException e) {
            entry = null;
            return;
        }
        audit = catalog.audit(id).stream().map((CatalogAudit a) -> new AuditRow(a.getAction(), a.getActor(), a.getAt(),
                a.getChanges())).toList();
        registrations = catalog.registrationsUsing(id);
        runs = lineage.runsUsing(id).stream().map((Run r) -> new RunRow(r.getId(), r.getName(),
                r.getExperiment().getProject().getName(), r.getStatus().name(),
                LineageService.trainedOn(r, id) ? "trained" : "evaluated")).toList();
        drawing = new LineageDrawing(lineage.ofCatalogEntry(id), FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath());
        fields = EntryFields.of(entry);
    }

    public String save() {
        CatalogEntryRequest request = fields.request(null);
        CatalogEntryView changed = Feedback.attempt(() -> admin.changeCatalogEntry(id, request), "edit",
                EntryFields.ERRORS);
        if (changed == null) {
            return null;
        }
        Feedback.info("Saved; the audit below says what changed.");
        return "/dataset?faces-redirect=true&id=" + id;
    }

    public String withdraw() {
        Boolean done = Feedback.attempt(() -> {
            admin.withdrawCatalogEntry(id, force);
            return true;
        }, "withdraw", Map.of());
        if (done == null) {
            return null;
        }
        Feedback.info(entry.owner() + "/" + entry.name() + " was withdrawn from the catalog"
                + (registrations.isEmpty() ? "." : "; the runs that used it are marked."));
        return "/catalog?faces-redirect=true";
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CatalogEntryView getEntry() {
        return entry;
    }

    public List<AuditRow> getAudit() {
        return audit;
    }

    public List<String> getRegistrations() {
        return registrations;
    }

    public List<RunRow> getRuns() {
        return runs;
    }

    public LineageDrawing getDrawing() {
        return drawing;
    }








    public EntryFields getFields() {
        return fields;
    }

    public boolean isForce() {
        return force;
    }

    public void setForce(boolean force) {
        this.force = force;
    }
}

package io.synergos.dashboard.lineage;

import io.synergos.metadata.LineageGraph;
import io.synergos.metadata.LineageService;
import io.synergos.node.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The lineage of a model version, drawn: the catalogued data and dataset versions, the run, and its use. */
@Named
@RequestScoped
public class LineagePage {

    @Inject
    LineageService lineage;

    private Long model;
    private LineageGraph graph;
    private LineageDrawing drawing;

    public void load() {
        if (model == null) {
            return;
        }
        try {
            graph = lineage.ofModelVersion(model);
            drawing = new LineageDrawing(graph, FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestContextPath());
        } catch (NotFoundException e) {
            graph = null;
        }
    }

    public Long getModel() {
        return model;
    }

    public void setModel(Long model) {
        this.model = model;
    }

    public LineageGraph getGraph() {
        return graph;
    }

    public LineageDrawing getDrawing() {
        return drawing;
    }

    /** The model version's label (project and number), from its node. */
    public String getTitle() {
        return graph == null ? null : graph.nodes().stream().filter(n -> n.id().equals(graph.root())).findFirst()
                .map(LineageGraph.Node::label).orElse(graph.root());
    }
}

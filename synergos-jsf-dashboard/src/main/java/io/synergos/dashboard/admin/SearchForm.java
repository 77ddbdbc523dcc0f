package io.synergos.dashboard.admin;

import io.synergos.admin.AdminTasks;
import io.synergos.dashboard.session.Feedback;
import io.synergos.lifecycle.MetricRanking;
import io.synergos.orchestration.SearchRequest;
import io.synergos.orchestration.SearchSpace;
import io.synergos.orchestration.SearchView;
import io.synergos.persistence.project.Experiment;
import io.synergos.metadata.RegistryService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Submits a hyperparameter search for an experiment (admin): a grid over the listed values, or a number of
 * random trials drawn from them. Each hyperparameter takes a comma-separated list; an empty list keeps the
 * default. Every trial becomes a run queued as a job.
 */
@Named
@ViewScoped
public class SearchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The hyperparameters a search can vary, in form order; each is also the id of its input. */
    static final List<String> PARAMETERS = List.of("learningRate", "rounds", "localEpochs", "batchSize", "lambda",
            "mu", "algorithm");

    @Inject
    AdminTasks admin;

    @Inject
    RegistryService registry;

    private Long experiment;
    private Long project;
    private String experimentName;

    @NotNull(message = "is required")
    @Pattern(regexp = "grid|random", message = "must be grid or random")
    private String strategy = "grid";

    private String metric;

    @Min(value = 1, message = "must be at least 1 trial")
    @Max(value = SearchSpace.MAX_TRIALS, message = "must be at most " + SearchSpace.MAX_TRIALS + " trials")
    private Integer trials = 4;

    private Long seed;

    private final Map<String, String> values = new LinkedHashMap<>();

    public SearchForm() {
        PARAMETERS.forEach(p -> values.put(p, ""));
        values.put("learningRate", "0.05, 0.2");
        values.put("rounds", "30");
    }

    public void load() {
        Experiment e = Lookups.experiment(registry, experiment);
        if (e != null) {
            experimentName = e.getName() + " (" + e.getModelType() + ")";
            project = e.getProject().getId();
        }
    }

    public String submit() {
        Map<String, List<Object>> space = new LinkedHashMap<>();
        values.forEach((name, text) -> {
            List<Object> list = text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim)
                    .filter(v -> !v.isEmpty()).map(v -> (Object) v).toList();
            if (!list.isEmpty()) {
                space.put(name, list);
            }
        });
        Map<String, String> fields = new LinkedHashMap<>();
        PARAMETERS.forEach(p -> fields.put(p, p));
        fields.put("metric", "metric");
        fields.put("strategy", "strategy");
        fields.put("trials", "trials");
        SearchRequest request;
        if ("random".equals(strategy)) {
            Map<String, SearchSpace.Dimension> random = new LinkedHashMap<>();
            space.forEach((name, list) -> random.put(name, new SearchSpace.Dimension(list, null, null, false, false)));
            request = new SearchRequest("random", blankToNull(metric), null, null, random, trials, seed, null);
        } else {
            request = new SearchRequest("grid", blankToNull(metric), null, space, null, null, null, null);
        }
        SearchView search = Feedback.attempt(() -> admin.submitSearch(experiment, request), "search", fields);
        if (search == null) {
            return null;
        }
        Feedback.info("Search " + search.id() + " submitted: " + search.jobs().size() + " runs queued, ranked by "
                + search.metric() + ".");
        return "/jobs?faces-redirect=true";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public List<String> getMetrics() {
        return new java.util.TreeSet<>(MetricRanking.KNOWN).stream().toList();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Long getExperiment() {
        return experiment;
    }

    public void setExperiment(Long experiment) {
        this.experiment = experiment;
    }

    public Long getProject() {
        return project;
    }

    public String getExperimentName() {
        return experimentName;
    }

    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = strategy;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public Integer getTrials() {
        return trials;
    }

    public void setTrials(Integer trials) {
        this.trials = trials;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }
}

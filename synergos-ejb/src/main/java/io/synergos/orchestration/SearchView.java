package io.synergos.orchestration;

import io.synergos.lifecycle.RunComparison;
import java.time.Instant;
import java.util.List;

/** A submitted search: its jobs, and its runs ranked on its metric ({@code comparison.best()} is the winner). */
public record SearchView(long id, long experimentId, String strategy, String metric, Instant submittedAt,
                         String submittedBy, boolean finished, List<JobView> jobs, RunComparison comparison) {
}

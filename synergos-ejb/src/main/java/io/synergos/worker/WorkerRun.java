package io.synergos.worker;

import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.data.Dataset;
import io.synergos.federation.model.DenseNetwork;
import java.util.List;

/** A Worker's state for one prepared phase of one run; released when the TTP dismantles the grid. */
record WorkerRun(long runId, PhaseRequest request, List<Dataset> datasets, AlignedData data, DenseNetwork network) {
}

/*
 * Synergos dashboard: the charts of a run and the live updates pushed by the server over the Faces WebSocket
 * channel "grids" (one JSON message per grid change: runId, phase, round, rounds, loss, workers, ended).
 */
var synergos = synergos || {};

synergos.colors = ["#1f6feb", "#d9480f", "#2b8a3e", "#9c36b5", "#e67700", "#0b7285", "#c2255c"];

synergos.run = (function () {
    var data, lossChart, metricsChart, reloadTimer;

    function parse(message) {
        return typeof message === "string" ? JSON.parse(message) : message;
    }

    function lossDatasets() {
        var sets = [{
            label: "global loss", data: [], borderColor: synergos.colors[0], backgroundColor: synergos.colors[0],
            borderWidth: 2, pointRadius: 0, tension: 0.1
        }];
        data.workers.forEach(function (worker, i) {
            var color = synergos.colors[(i + 1) % synergos.colors.length];
            sets.push({
                label: worker + " local loss", worker: worker, data: [], borderColor: color, backgroundColor: color,
                borderWidth: 1, borderDash: [4, 3], pointRadius: 0, tension: 0.1
            });
        });
        data.rounds.forEach(function (r) { add(sets, r.round, r.loss, r.local); });
        return sets;
    }

    function add(sets, round, loss, local) {
        if (loss !== undefined && loss !== null) {
            sets[0].data.push({x: round, y: loss});
        }
        sets.slice(1).forEach(function (set) {
            var value = local ? local[set.worker] : undefined;
            if (value !== undefined && value !== null) {
                set.data.push({x: round, y: value});
            }
        });
    }

    function drawLoss() {
        var canvas = document.getElementById("lossChart");
        if (!canvas || typeof Chart === "undefined") {
            return;
        }
        lossChart = new Chart(canvas, {
            type: "line",
            data: {datasets: lossDatasets()},
            options: {
                animation: false, responsive: true, maintainAspectRatio: false, parsing: false, normalized: true,
                scales: {
                    x: {type: "linear", title: {display: true, text: "round"}, min: 1, suggestedMax: data.plannedRounds},
                    y: {title: {display: true, text: "loss"}}
                },
                plugins: {legend: {position: "bottom"}, title: {display: true, text: "Loss per round"}}
            }
        });
    }

    function drawMetrics() {
        var canvas = document.getElementById("metricsChart");
        if (!canvas || typeof Chart === "undefined" || data.metrics.length === 0) {
            return;
        }
        var names = Object.keys(data.metrics[0].values).filter(function (n) {
            return n !== "log loss" && n !== "MSE" && n !== "MAE"; // unbounded: they would flatten the others
        });
        if (names.length === 0) {
            names = Object.keys(data.metrics[0].values);
        }
        metricsChart = new Chart(canvas, {
            type: "bar",
            data: {
                labels: names,
                datasets: data.metrics.map(function (m, i) {
                    var color = synergos.colors[i % synergos.colors.length];
                    return {label: m.scope, backgroundColor: color, data: names.map(function (n) { return m.values[n]; })};
                })
            },
            options: {
                animation: false, responsive: true, maintainAspectRatio: false,
                plugins: {legend: {position: "bottom"}, title: {display: true, text: "Evaluation metrics"}}
            }
        });
    }

    function text(id, value) {
        var element = document.getElementById(id);
        if (element) {
            element.textContent = value;
        }
    }

    /** The progress bar's width, set through the CSSOM (no inline style: see the Content-Security-Policy). */
    function progress(percent) {
        var bar = document.getElementById("progressBar");
        if (bar) {
            bar.style.width = percent + "%";
        }
    }

    return {
        init: function () {
            var element = document.getElementById("runData");
            if (!element) {
                return;
            }
            data = JSON.parse(element.textContent);
            var bar = document.getElementById("progressBar");
            if (bar) {
                progress(Number(bar.getAttribute("data-percent")) || 0);
            }
            drawLoss();
            drawMetrics();
        },

        /** A grid changed: move this run's progress and curves; reload the page when its phase ends. */
        onGrid: function (message) {
            var grid = parse(message);
            if (!data || grid.runId !== data.runId) {
                return;
            }
            if (grid.phase === "train" && grid.rounds > 0) {
                text("progressText", "Round " + grid.round + " of " + grid.rounds);
                progress(Math.min(100, Math.round(100 * grid.round / grid.rounds)));
                if (lossChart && grid.round > 0) {
                    var local = {};
                    grid.workers.forEach(function (w) {
                        if (w.round === grid.round && w.loss !== undefined) {
                            local[w.name] = w.loss;
                        }
                    });
                    add(lossChart.data.datasets, grid.round, grid.loss, local);
                    lossChart.update("none");
                }
            }
            if (grid.phase !== "none") {
                text("phase", grid.phase);
            }
            if (!grid.ended) {
                text("runStatus", grid.phase === "train" ? "TRAINING" : grid.phase === "evaluate" ? "EVALUATING"
                    : "PREDICTING");
            }
            var none = document.getElementById("noRounds");
            if (none && grid.round > 0) {
                none.hidden = true;
            }
            var connected = grid.workers.filter(function (w) { return w.connected; }).length;
            text("liveState", grid.ended ? "ended: " + grid.ended
                : "live: " + connected + " of " + grid.workers.length + " Workers connected");
            if (grid.ended) {
                clearTimeout(reloadTimer);
                // the run's evaluation, model version and buttons changed: show them (nothing is typed on this page)
                reloadTimer = setTimeout(function () { window.location.reload(); }, 1500);
            }
        },

        /** For tests and curious users: how many points the global loss curve has now. */
        points: function () {
            return lossChart ? lossChart.data.datasets[0].data.length : 0;
        }
    };
})();

synergos.grids = (function () {
    var grids = {};

    function cell(row, content, className) {
        var td = document.createElement("td");
        td.textContent = content;
        if (className) {
            td.className = className;
        }
        row.appendChild(td);
    }

    function render() {
        var body = document.getElementById("gridRows");
        var empty = document.getElementById("noGrids");
        if (!body) {
            return;
        }
        body.textContent = "";
        var ids = Object.keys(grids);
        ids.forEach(function (id) {
            var g = grids[id];
            g.workers.forEach(function (w, i) {
                var row = document.createElement("tr");
                row.setAttribute("data-run", id);
                var first = document.createElement("td");
                if (i === 0) {
                    var link = document.createElement("a");
                    link.href = "run.xhtml?id=" + encodeURIComponent(id);
                    link.textContent = "run " + id;
                    first.appendChild(link);
                }
                row.appendChild(first);
                cell(row, i === 0 ? g.phase + (g.ended ? " (ended: " + g.ended + ")" : "") : "");
                cell(row, i === 0 && g.rounds > 0 ? g.round + " of " + g.rounds : (i === 0 ? "–" : ""));
                cell(row, w.name);
                var standing = w.standing === "late" ? "late" : w.standing === "absent" ? "absent, rejoining"
                    : w.connected ? "connected" : "disconnected";
                cell(row, standing, w.standing === "late" || w.standing === "absent" ? "warn"
                    : w.connected ? "ok" : "off");
                cell(row, g.rounds > 0 ? String(w.round) : "–");
                body.appendChild(row);
            });
        });
        if (empty) {
            empty.hidden = ids.length !== 0;
        }
        var table = document.getElementById("gridTable");
        if (table) {
            table.hidden = ids.length === 0;
        }
    }

    return {
        init: function () {
            var element = document.getElementById("gridData");
            if (element) {
                JSON.parse(element.textContent).forEach(function (g) { grids[g.runId] = g; });
            }
            render();
        },
        onGrid: function (message) {
            var grid = typeof message === "string" ? JSON.parse(message) : message;
            if (grid.phase === "none") {
                return; // a phase that failed before its grid came up: no grid to show
            }
            grids[grid.runId] = grid;
            render();
            if (grid.ended) {
                setTimeout(function () {
                    if (grids[grid.runId] === grid) {
                        delete grids[grid.runId];
                        render();
                    }
                }, 5000);
            }
        }
    };
})();

/* A run's contribution page: each participant's value as a bar, its 95 % interval as a thin floating bar over it,
   flagged participants in red. While a computation is pending the page reloads itself every two seconds. */
synergos.contribution = (function () {
    var chart;

    function init() {
        var pending = document.getElementById("pending");
        if (pending && pending.getAttribute("data-pending") === "true") {
            setTimeout(function () { window.location.reload(); }, 2000);
        }
        var source = document.getElementById("contributionData");
        var canvas = document.getElementById("contributionChart");
        var data = source ? JSON.parse(source.textContent) : null;
        if (!data || !canvas || typeof Chart === "undefined") {
            return;
        }
        var labels = data.values.map(function (v) { return v.participant; });
        var colors = data.values.map(function (v) { return v.flagged ? "#d9480f" : synergos.colors[0]; });
        chart = new Chart(canvas, {
            type: "bar",
            data: {
                labels: labels,
                datasets: [
                    {label: "value (" + data.metric + ")", data: data.values.map(function (v) { return v.value; }),
                        backgroundColor: colors},
                    {label: "95 % interval", data: data.values.map(function (v) { return [v.low, v.high]; }),
                        backgroundColor: "rgba(0,0,0,0.35)", barPercentage: 0.15, grouped: false}
                ]
            },
            options: {
                animation: false, responsive: true, maintainAspectRatio: false,
                plugins: {legend: {position: "bottom"},
                    title: {display: true, text: "Contribution (" + data.method + ")"}},
                scales: {y: {title: {display: true, text: data.metric}}}
            }
        });
    }

    return {
        init: init,
        bars: function () { return chart ? chart.data.datasets[0].data.length : 0; }
    };
})();

/* The live channel: the dashboard's WebSocket (live/grids, under the same sign-in as the pages), which carries every
   live grid's changes. It reconnects after a drop, a few seconds later. */
synergos.live = (function () {
    function connect(onGrid) {
        var base = document.body.getAttribute("data-context") || "";
        var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + base
            + "/live/grids");
        socket.onmessage = function (event) { onGrid(event.data); };
        socket.onclose = function () { setTimeout(function () { connect(onGrid); }, 3000); };
    }

    return {connect: connect};
})();

/* Each page starts what it shows: no inline script, so that the Content-Security-Policy can forbid them. */
document.addEventListener("DOMContentLoaded", function () {
    if (document.getElementById("runData")) {
        synergos.run.init();
        synergos.live.connect(synergos.run.onGrid);
    }
    if (document.getElementById("gridData")) {
        synergos.grids.init();
        synergos.live.connect(synergos.grids.onGrid);
    }
    if (document.getElementById("contributionData") || document.getElementById("pending")) {
        synergos.contribution.init();
    }
});

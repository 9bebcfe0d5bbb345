// The SDK worker's own view of the run (sdk-core's Prometheus metrics): where a workflow task spends its time on the
// worker's side, and how many pollers it ended with. Read once, at the end of the workload.
'use strict';

/** Telemetry options exposing sdk-core's metrics on `port` (for Runtime.install). */
function prometheusTelemetry(port) {
  return { metrics: { prometheus: { bindAddress: `127.0.0.1:${port}` } } };
}

/** Samples as { name, labels, value }. */
function parse(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(?:\{([^}]*)\})? ([0-9.eE+-]+)$/.exec(line);
    if (!m) continue;
    const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    out.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return out;
}

/** `tasks`: workflow task schedule-to-start, time on the worker and completion RPC (averages); `pollers`: now. */
async function describe(port) {
  const samples = parse(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
  const sum = (name, where = () => true) => samples.filter((s) => s.name === name && where(s.labels)).reduce((a, s) => a + s.value, 0);
  const avg = (name, where) => {
    const count = sum(`${name}_count`, where);
    return count ? `${(sum(`${name}_sum`, where) / count).toFixed(0)} ms` : 'n/a';
  };
  const pollers = (type) => sum('temporal_num_pollers', (l) => l.poller_type === type);
  return {
    tasks:
      `schedule-to-start ${avg('temporal_workflow_task_schedule_to_start_latency')}, ` +
      `on the worker ${avg('temporal_workflow_task_execution_latency')}, ` +
      `RespondWorkflowTaskCompleted ${avg('temporal_request_latency', (l) => l.operation === 'RespondWorkflowTaskCompleted')}`,
    pollers: `${pollers('workflow_task')} normal + ${pollers('sticky_workflow_task')} sticky`,
  };
}

module.exports = { prometheusTelemetry, describe };

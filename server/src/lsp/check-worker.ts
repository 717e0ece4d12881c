// Worker thread that checks one large document, so the server keeps answering while it runs.
// It receives the text and the resolved config (plain data) and posts back findings and coverage.
import { parentPort } from 'node:worker_threads';
import { buildPlan, checkPlan, dynamicsCoverage, parseMarkdown, type ResolvedConfig } from '../engine';

export interface WorkerRequest {
  text: string;
  config: ResolvedConfig;
  docsBaseUrl: string;
  /** "check" runs the rules; "dynamics" only computes the dynamics coverage. */
  kind: 'check' | 'dynamics';
}

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    if (req.kind === 'dynamics') {
      const plan = buildPlan(parseMarkdown(req.text), req.config.template);
      parentPort!.postMessage({ ok: true, coverage: dynamicsCoverage(plan) });
      return;
    }
    const { findings, ruleErrors } = checkPlan(req.text, req.config, { docsBaseUrl: req.docsBaseUrl });
    parentPort!.postMessage({ ok: true, findings, ruleErrors });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});

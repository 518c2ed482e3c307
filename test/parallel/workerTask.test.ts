import { describe, expect, test } from 'vitest';
import { runChunk } from '../../src/batch/runChunk';
import { reduceDraws } from '../../src/analysis/uncertainty/drawRuns';
import { runWorkerTask } from '../../src/parallel/workerTask';
import { articleBaseline, uncertainFile } from '../batch/support';
import { prepareSimulation } from '../../src/analysis/uncertainty/simulationSteps';
import { runDrawRange, runScreenRange } from '../../src/analysis/uncertainty/drawRange';

describe('runWorkerTask', () => {
  test('a chunk: the output of runChunk', () => {
    const chunk = { kind: 'values' as const, values: [articleBaseline, 1], firstLine: 1 };
    const { reply, transfer } = runWorkerTask({ type: 'chunk', chunk, settings: {}, filter: {}, kind: 'ndjson' });
    expect(reply).toEqual({ ok: true, value: runChunk(chunk, {}, {}, 'ndjson') });
    expect(transfer).toEqual([]);
  });

  test("a range of draws: runDrawRange's runs, their buffer to transfer", () => {
    const { values } = prepareSimulation(uncertainFile, { draws: 10, horizonsYears: [1] });
    const task = { data: uncertainFile, options: { draws: 10, horizonsYears: [1] }, values, from: 0, to: 4 };
    const { reply, transfer } = runWorkerTask({ type: 'drawRange', ...task });
    expect(reply.ok && [...(reply.value as Float64Array)]).toEqual([...runDrawRange(task)]);
    expect(transfer).toEqual([(reply as { value: Float64Array }).value.buffer]);
  });

  test("rows to screen: runScreenRange's result, its buffers to transfer", () => {
    const task = { data: uncertainFile, options: { draws: 3 }, uniforms: new Float64Array(27).fill(0.5), rows: 3 };
    const { reply, transfer } = runWorkerTask({ type: 'screen', ...task });
    expect(reply).toEqual({ ok: true, value: runScreenRange(task) });
    expect(transfer).toHaveLength(2);
  });

  test("a reduction: reduceDraws' result", () => {
    const { reply } = runWorkerTask({ type: 'reduce', column: new Float64Array([3, 1, 2, 30, 10, 20]), draws: 3, horizonMonths: [2] });
    expect(reply).toEqual({ ok: true, value: reduceDraws(new Float64Array([3, 1, 2, 30, 10, 20]), 3, [2]) });
  });

  test('an error: its message, and an InputError its problems', () => {
    const { reply } = runWorkerTask({ type: 'drawRange', data: { baseline: 1 }, options: {}, values: new Float64Array(0), from: 0, to: 0 });
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.problems?.[0]?.path).toBe('baseline');
  });
});

import { describe, expect, it } from 'vitest';
import { AnalysisCancelled, AnalysisFailed, analysisClient, type WorkerLike } from '../../../app/src/analysis/analysisClient';

/** A stand-in worker: records what it was sent and whether it was terminated; `answer` plays the worker's messages. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: { id: number; request: unknown }[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.sent.push(message as { id: number; request: unknown });
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const request = { kind: 'simulate' as const, file: { baseline: {} }, draws: 10, seed: 1 };

function setUp() {
  const workers: FakeWorker[] = [];
  const client = analysisClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

describe('analysisClient', () => {
  it('posts the request with an id, hands on its progress and resolves with its result', async () => {
    const { client, workers } = setUp();
    const progress: [number, number][] = [];
    const running = client.run(request, (done, total) => progress.push([done, total]));
    const [worker] = workers;
    const { id } = worker!.sent[0]!;
    expect(worker!.sent[0]!.request).toEqual(request);
    worker!.answer({ id, type: 'progress', done: 500, total: 1000 });
    worker!.answer({ id: id + 99, type: 'progress', done: 1, total: 2 }); // another run's message: ignored
    worker!.answer({ id, type: 'progress', done: 1000, total: 1000 });
    worker!.answer({ id, type: 'result', kind: 'simulate', result: { draws: 10 } });
    await expect(running).resolves.toEqual({ draws: 10 });
    expect(progress).toEqual([
      [500, 1000],
      [1000, 1000],
    ]);
    // The worker is kept for the next run.
    void client.run(request);
    expect(workers).toHaveLength(1);
    expect(worker!.sent).toHaveLength(2);
  });

  it('rejects with the worker’s problems', async () => {
    const { client, workers } = setUp();
    const running = client.run(request);
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, type: 'error', problems: [{ path: 'draws', rule: 'must be at most 100000 draws' }] });
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnalysisFailed);
    expect((error as AnalysisFailed).message).toBe('draws: must be at most 100000 draws');
  });

  it('cancel terminates the worker, rejects the run, ignores its late messages, and the next run gets a new worker', async () => {
    const { client, workers } = setUp();
    const running = client.run(request);
    const first = workers[0]!;
    client.cancel();
    await expect(running).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(first.terminated).toBe(true);
    const again = client.run(request);
    expect(workers).toHaveLength(2);
    const second = workers[1]!;
    second.answer({ id: second.sent[0]!.id, type: 'result', kind: 'simulate', result: 'second' });
    await expect(again).resolves.toBe('second');
  });

  it('a new run cancels the one going', async () => {
    const { client, workers } = setUp();
    const first = client.run(request);
    const second = client.run({ ...request, seed: 2 });
    await expect(first).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(workers[0]!.terminated).toBe(true);
    const worker = workers[1]!;
    worker.answer({ id: worker.sent[0]!.id, type: 'result', kind: 'simulate', result: 2 });
    await expect(second).resolves.toBe(2);
  });

  it('a worker that fails rejects the run with what it said, and is replaced', async () => {
    const { client, workers } = setUp();
    const running = client.run(request);
    workers[0]!.onerror?.({ message: 'SyntaxError: boom', preventDefault: () => {} } as ErrorEvent);
    await expect(running).rejects.toThrow('the analysis stopped: SyntaxError: boom');
    void client.run(request);
    expect(workers).toHaveLength(2);
  });

  it('cancel with nothing running does nothing; dispose terminates the worker', () => {
    const { client, workers } = setUp();
    client.cancel();
    expect(workers).toHaveLength(0);
    void client.run(request).catch(() => {});
    client.dispose();
    expect(workers[0]!.terminated).toBe(true);
  });
});

// The worker thread of the batch pool (built as dist/batchWorker.js): runs each job it is posted, posts back the reply.
import { parentPort } from 'node:worker_threads';
import { runWorkerTask, type WorkerTask } from './workerTask';

parentPort?.on('message', (task: WorkerTask) => {
  const { reply, transfer } = runWorkerTask(task);
  parentPort!.postMessage(reply, transfer);
});

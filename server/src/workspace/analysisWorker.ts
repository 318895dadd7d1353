// A worker thread of the analysis pool: analyses the articles it is sent, one message each, so the
// thread answering the editor stays free while a large collection is indexed.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze';
import type { AnalysisRequest, AnalysisReply } from './analysisPool';

parentPort?.on('message', ({ id, text, options }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id, factsJson: JSON.stringify(analyzeArticle(text, options)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});

// A worker thread of the analysis pool: analyses the articles it is sent, one message each, so the
// thread answering the editor stays free while a large collection is indexed.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze';
import type { AnalysisRequest, AnalysisReply } from './analysisPool';
import { factsJson } from './factsJson';

parentPort?.on('message', ({ id, text, options }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    const facts = analyzeArticle(text, options);
    const json = factsJson(facts);
    reply = json === null ? { id, facts } : { id, factsJson: json };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});

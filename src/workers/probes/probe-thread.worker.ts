// One probe thread: answers each compute request with the kernel's time and result (see threads.ts).
import { ProbeThreadRequestSchema } from '../../lib/lab/probe-protocol';
import { answerProbeRequest } from './compute';

self.onmessage = (event: MessageEvent) => {
  const request = ProbeThreadRequestSchema.safeParse(event.data);
  // A refusal is a programmer's error, worded as one (CONTRIBUTING.md: errors name the bad input).
  self.postMessage(request.success ? answerProbeRequest(request.data) : { type: 'failed', message: new TypeError(`invalid probe request: ${request.error.message}`).message });
};

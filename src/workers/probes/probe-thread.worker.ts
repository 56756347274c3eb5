// One probe thread: answers each compute request with the kernel's time and result (see threads.ts).
import { ProbeThreadRequestSchema } from '../../lib/lab/probe-protocol';
import { answerProbeRequest } from './compute';

self.onmessage = (event: MessageEvent) => {
  const request = ProbeThreadRequestSchema.safeParse(event.data);
  self.postMessage(request.success ? answerProbeRequest(request.data) : { type: 'failed', message: `invalid probe request: ${request.error.message}` });
};

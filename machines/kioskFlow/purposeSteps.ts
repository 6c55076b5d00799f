// The visit's purpose step and the request path, as state configs for the kiosk flow's `visit.step` region:
// "Get a ticket" leads to the service step; "Find information" to the info step (machines/kioskFlow/infoStep.ts);
// "Report a problem" invokes the request flow (machines/caseRequestFlow),
// whose saved request shows on the receipt screen and whose exit (Back, "ticket instead") returns here.
import type { CaseRequestFlowInput } from '../caseRequestFlow.js';
import type { SubmitRequestResult } from '../contracts/kioskApi.js';
import type { KioskFlowContext } from './visitContext.js';

type RequestDone = { event: { output: SubmitRequestResult | null } };

export const purposeSteps = {
  purpose: {
    on: {
      'purpose.chosen': [
        { guard: { type: 'isPurpose', params: 'ticket' }, target: 'service' },
        { guard: { type: 'isPurpose', params: 'request' }, target: 'request' },
        { guard: { type: 'isPurpose', params: 'information' }, target: 'info' },
      ],
      'visit.back': 'language',
    },
  },
  request: {
    invoke: {
      id: 'caseRequest',
      src: 'caseRequestFlow',
      input: ({ context }: { context: KioskFlowContext }): CaseRequestFlowInput => ({
        language: context.language,
        newRequestId: context.newRequestId,
        now: context.now,
      }),
      onDone: [
        {
          guard: { type: 'isSaved', params: ({ event }: RequestDone) => event.output },
          target: '#kioskFlow.requestReceipt',
          actions: {
            type: 'storeRequestResult',
            // The guard above let only a saved request through.
            params: ({ event }: RequestDone) => event.output as SubmitRequestResult,
          },
        },
        { target: 'purpose' },
      ],
      onError: 'purpose',
    },
  },
} as const;

// The visit's "Find information" step, as a state config for the kiosk flow's `visit.step` region: invokes the
// information flow (machines/infoFlow) with the visitor's language. "Talk to someone" sets the desk service and
// goes on to the needs step (the language is not asked again); Back returns to the purpose, Done to welcome.
// The anonymous visit record the child reports is kept in context and sent on exit, however the step ends
// (Done, a ticket, Start over, the idle reset, a language change or an emergency takeover).
import type { InfoFlowInput, InfoFlowOutput } from '../infoFlow.js';
import type { KioskFlowContext } from './visitContext.js';

type InfoDone = { event: { output: InfoFlowOutput } };

type InfoInputArgs = { context: KioskFlowContext; self: NonNullable<InfoFlowInput['reportTo']> };

export const infoStep = {
  info: {
    invoke: {
      id: 'information',
      src: 'infoFlow',
      input: ({ context, self }: InfoInputArgs): InfoFlowInput => {
        if (!context.setup) throw new Error('the information step needs the site setup');
        return {
          language: context.language,
          site: context.setup.site,
          newRequestId: context.newRequestId,
          now: context.now,
          reportTo: self,
        };
      },
      onDone: [
        {
          guard: {
            type: 'isInfoEnding',
            params: ({ event }: InfoDone) => ({ output: event.output, kind: 'ticket' as const }),
          },
          target: 'needs',
          actions: { type: 'storeInfoTicket', params: ({ event }: InfoDone) => event.output },
        },
        {
          guard: {
            type: 'isInfoEnding',
            params: ({ event }: InfoDone) => ({ output: event.output, kind: 'back' as const }),
          },
          target: 'purpose',
          actions: { type: 'storeInfoVisit', params: ({ event }: InfoDone) => event.output.visit },
        },
        {
          target: '#kioskFlow.welcome',
          actions: { type: 'storeInfoVisit', params: ({ event }: InfoDone) => event.output.visit },
        },
      ],
      onError: 'purpose',
    },
    on: {
      'info.visit': {
        actions: {
          type: 'storeInfoVisit',
          params: ({ event }: { event: { visit: InfoFlowOutput['visit'] } }) => event.visit,
        },
      },
    },
    exit: 'recordInfoVisit',
  },
} as const;

// A scripted stand-in for the hub routes the kiosk's information part calls (getSite, getInfoContent and
// recordInfoVisit), for unit tests of the agent's decisions: it can be unreachable, answer any status, and
// records the visits it accepted. The integration tests use the real hub.
import {
  type HubClient,
  HubError,
  HubUnreachableError,
  type InfoContent,
  type InfoVisit,
} from '../../../../machines/contracts/index.js';
import { loadStarterContent } from '../../../../main/agent/info/starterContent.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

export interface ScriptedInfoHub {
  client: HubClient;
  /** What getInfoContent answers (default: the starter set published as version 1). */
  content: InfoContent;
  /** null: answers; 'unreachable': nothing answers; a status: every call answers it. */
  failure: null | 'unreachable' | number;
  /** Visit ids recordInfoVisit refuses with 400. */
  refuse: Set<string>;
  /** Visits accepted, in order (a repeated id is accepted but not counted again). */
  visits: InfoVisit[];
  calls: Map<string, number>;
}

export function publishedStarter(version = 1): InfoContent {
  return {
    ...loadStarterContent(),
    version,
    publishedAt: '2026-11-25T17:00:00.000Z',
    publishedBy: 'supervisor',
  };
}

export function startScriptedInfoHub(): ScriptedInfoHub {
  const state: ScriptedInfoHub = {
    client: {
      // One implementation answers three routes, each with its own response type.
      // biome-ignore lint/suspicious/noExplicitAny: `call` is generic per route
      async call(route, args): Promise<any> {
        state.calls.set(route, (state.calls.get(route) ?? 0) + 1);
        if (state.failure === 'unreachable') {
          throw new HubUnreachableError('http://hub.test', new Error('connect ECONNREFUSED'));
        }
        if (state.failure !== null)
          throw new HubError(state.failure, 'internal', `answered ${state.failure}`);
        if (route === 'getSite') return testSiteConfig();
        if (route === 'getInfoContent') return structuredClone(state.content);
        if (route === 'recordInfoVisit') {
          const visit = (args as { body: InfoVisit }).body;
          if (state.refuse.has(visit.id))
            throw new HubError(400, 'invalid-request', 'topicIds: unknown topic');
          const known = state.visits.some((v) => v.id === visit.id);
          if (!known) state.visits.push(visit);
          return { recorded: !known };
        }
        throw new Error(`the scripted information hub does not answer ${route}`);
      },
    },
    content: publishedStarter(),
    failure: null,
    refuse: new Set(),
    visits: [],
    calls: new Map(),
  };
  return state;
}

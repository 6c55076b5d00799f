// The hub's delivery worker as the rest of the hub sees it: start/stop with the hub, wake on a new request,
// resume after an auth failure, and the status /maintenance shows. Implemented in delivery/caseDelivery.ts.
import type { BreakerState, DeliveryError } from '../../../machines/contracts/caseRequests.js';
import type { CaseRequestsConfig } from '../../../machines/contracts/site.js';
import type { CaseStoreAdapter } from './caseStore.js';
import type { CaseOutboxStore } from './outboxStore.js';

export interface CaseDeliveryStatus {
  lastError: DeliveryError | null;
  breaker: { state: BreakerState; openUntil: string | null };
  stoppedForAuth: boolean;
}
export interface CaseDelivery {
  start(): void;
  stop(): Promise<void>;
  tick(): Promise<number>;
  wake(): void;
  resume(): void;
  status(): CaseDeliveryStatus;
}
export interface CaseDeliveryOptions {
  store: CaseOutboxStore;
  adapter: CaseStoreAdapter | null;
  settings: CaseRequestsConfig;
  now: () => Date;
  random?: () => number;
  onDelivered?: (id: string) => void;
}

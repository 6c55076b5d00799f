// What the route modules are given by createHub.
import type Database from 'better-sqlite3';
import type { SiteConfig } from '../../../machines/contracts/index.js';
import type { AuthService } from '../auth/authService.js';
import type { DeviceCare } from '../devices/deviceCare.js';
import type { TicketLookups } from '../devices/ticketLookups.js';
import type { NoticesHub } from '../notices/noticesHub.js';
import type { HubEventBus } from '../queue/hubEventBus.js';
import type { QueueService } from '../queue/queueServiceApi.js';
import type { UpdatesHub } from '../updates/updatesHub.js';

export interface RouteDeps {
  queue: QueueService;
  bus: HubEventBus;
  version: string;
  auth: AuthService;
  /** The site configuration the hub runs with. */
  config: SiteConfig;
  /** The hub's clock (tests pass a fake one). */
  now: () => Date;
  /** Mark cookies `Secure` (the hub is served over TLS). */
  secureCookies: boolean;
  /** The open hub database, for modules that keep tables of their own (migrations in store/sqliteSchema.ts). */
  db: Database.Database;
  /** Kiosk commands, out-of-service notices and what kiosks fetch (devices/deviceCare.ts). */
  deviceCare: DeviceCare;
  /** Ticket reads by number and issuing device (devices/ticketLookups.ts). */
  ticketLookups: TicketLookups;
  /** Published notices: what each stream receiver gets, and change notifications (notices/noticesHub.ts). */
  notices: NoticesHub;
  /** App updates: the rollout plan and each device's version and update state (updates/updatesHub.ts). */
  updates: UpdatesHub;
}

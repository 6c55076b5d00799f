// What the walk-in request routes are given by createHub, besides the common RouteDeps.
import type { SiteConfig } from '../../../machines/contracts/index.js';
import type { CaseCatalogService } from './caseCatalog.js';
import type { CaseRequestService } from './caseRequestService.js';

export interface CaseRouteDeps {
  cases: CaseRequestService;
  catalog: CaseCatalogService;
  config: SiteConfig;
  /** The hub's clock (the kiosk submission budget refills by it). */
  now: () => Date;
}

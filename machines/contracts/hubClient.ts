// Typed client for the hub API over an injected `fetch`: validates responses and turns errors into HubError.
import {
  ApiError,
  fillPath,
  type HubBody,
  type HubParams,
  type HubQuery,
  type HubResponse,
  type HubRoute,
  hubApi,
} from './hubApi.js';

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{
  status: number;
  json(): Promise<unknown>;
  text(): Promise<string>;
}>;

export interface HubClientOptions {
  /** Extra headers for every request, e.g. the kiosk agent's `authorization: Bearer <device token>`. */
  headers?: () => Record<string, string>;
}

/** The hub answered with an error (4xx/5xx); `code` is one of the contract's error codes. */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiError['error']['code'],
    message: string,
    /** invalid-request on a service request: each field's problem (ApiError.error.problems). */
    readonly problems?: ApiError['error']['problems'],
  ) {
    super(message);
    this.name = 'HubError';
  }
}

/** The hub could not be reached at all (connection refused, DNS, timeout). */
export class HubUnreachableError extends Error {
  constructor(
    readonly baseUrl: string,
    cause: unknown,
  ) {
    super(`cannot reach the hub at ${baseUrl}`, { cause });
    this.name = 'HubUnreachableError';
  }
}

type CallArgs<K extends HubRoute> = (keyof HubParams<K> extends never
  ? { params?: undefined }
  : { params: HubParams<K> }) &
  (HubBody<K> extends undefined ? { body?: undefined } : { body: HubBody<K> }) &
  (HubQuery<K> extends undefined ? { query?: undefined } : { query: HubQuery<K> });

export interface HubClient {
  call<K extends HubRoute>(route: K, args: CallArgs<K>): Promise<HubResponse<K>>;
}

export function createHubClient(
  baseUrl: string,
  fetchFn: FetchLike,
  options: HubClientOptions = {},
): HubClient {
  const root = baseUrl.replace(/\/+$/, '');
  return {
    async call(route, args) {
      const def = hubApi[route];
      const query = args.query ? `?${new URLSearchParams(args.query as Record<string, string>)}` : '';
      const url = root + fillPath(def.path, (args.params ?? {}) as Record<string, string>) + query;
      let res: Awaited<ReturnType<FetchLike>>;
      try {
        res = await fetchFn(url, {
          method: def.method,
          headers: {
            ...options.headers?.(),
            ...(def.method === 'POST' ? { 'content-type': 'application/json' } : {}),
          },
          ...(def.method === 'POST' ? { body: JSON.stringify(args.body ?? {}) } : {}),
        });
      } catch (err) {
        throw new HubUnreachableError(root, err);
      }
      if (res.status < 400 && 'format' in def && def.format === 'csv') {
        return (await res.text()) as HubResponse<typeof route>;
      }
      const payload: unknown = await res.json().catch(() => null);
      if (res.status >= 400) {
        const parsed = ApiError.safeParse(payload);
        if (parsed.success) {
          const { code, message, problems } = parsed.data.error;
          throw new HubError(res.status, code, message, problems);
        }
        throw new HubError(res.status, 'internal', `the hub answered ${res.status}`);
      }
      return def.response.parse(payload) as HubResponse<typeof route>;
    },
  };
}

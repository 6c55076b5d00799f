// One kiosk bridge call from an untrusted page: validate the input, call the service, validate the output.
import {
  type ApiError,
  type KioskBridge,
  type KioskInput,
  type KioskMethod,
  type KioskOutput,
  kioskApi,
} from '../../machines/contracts/index.js';
import { failure, invalidInput, toKioskFailure } from './apiErrors.js';

export type KioskCallResult =
  | { ok: true; value: unknown }
  | { ok: false; status: number; error: ApiError['error'] };

export function isKioskMethod(name: string): name is KioskMethod {
  return Object.hasOwn(kioskApi, name);
}

function invoke<M extends KioskMethod>(
  service: KioskBridge,
  method: M,
  input: KioskInput<M>,
): Promise<KioskOutput<M>> {
  const fn: (input: KioskInput<M>) => Promise<KioskOutput<M>> = service[method];
  return fn.call(service, input);
}

/**
 * Never throws: failures come back as the contract's ApiError with an HTTP status. `onError` hears unexpected
 * errors (not bad input, not hub answers) so the caller can log them without the visitor's input.
 */
export async function dispatchKioskCall(
  service: KioskBridge,
  method: string,
  rawInput: unknown,
  onError?: (method: string, err: unknown) => void,
): Promise<KioskCallResult> {
  if (!isKioskMethod(method)) {
    const f = failure(404, 'not-found', `unknown kiosk method "${method}"`);
    return { ok: false, status: f.status, error: f.body.error };
  }
  const def = kioskApi[method];
  const input = def.input.safeParse(rawInput ?? {});
  if (!input.success) {
    const f = invalidInput(input.error);
    return { ok: false, status: f.status, error: f.body.error };
  }
  try {
    const output = await invoke(service, method, input.data as KioskInput<typeof method>);
    return { ok: true, value: def.output.parse(output) };
  } catch (err) {
    const f = toKioskFailure(err);
    if (f.status >= 500 && f.body.error.code === 'internal') onError?.(method, err);
    return { ok: false, status: f.status, error: f.body.error };
  }
}

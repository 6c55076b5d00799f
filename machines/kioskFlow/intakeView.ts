// What the kiosk may offer for a service, read from the hub's intake answer (null: the hub could not say).
import type { Intake, ServiceIntake } from '../contracts/floor.js';

/** How often the service screen asks the hub again while it is shown. */
export const INTAKE_REFRESH_MS = 30_000;

export function serviceIntakeOf(intake: Intake | null, serviceId: string | null): ServiceIntake | null {
  if (intake === null || serviceId === null) return null;
  return intake.services.find((s) => s.serviceId === serviceId) ?? null;
}

/**
 * A service may be chosen unless the hub said it is closed. With no answer (hub unreachable, or a service
 * the answer does not list) it stays choosable: the hub still decides when the ticket is issued.
 */
export function isChoosable(intake: Intake | null, serviceId: string | null): boolean {
  return serviceIntakeOf(intake, serviceId)?.open ?? true;
}

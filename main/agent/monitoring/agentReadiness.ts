// Whether the kiosk agent can issue tickets now: enrolled and accepted by the hub, not taken out of service, and
// either the hub answers or this kiosk holds offline numbers. The printer's state is reported, never a reason
// to be unready: without paper the visitor still gets the number on screen (and is pointed to another kiosk),
// a restart or failover would not put paper in, and facilities learn it from the printer metric and /maintenance.
import type { KioskStatus, ReadinessCheck } from '../../../machines/contracts/index.js';

const pass = (name: string, detail?: string): ReadinessCheck => ({
  name,
  ok: true,
  reason: null,
  ...(detail ? { detail } : {}),
});
const fail = (name: string, reason: string): ReadinessCheck => ({ name, ok: false, reason });

function enrolment(status: KioskStatus): ReadinessCheck {
  if (status.device === 'enrolled') return pass('enrolment');
  return fail(
    'enrolment',
    status.device === 'not-enrolled'
      ? 'This kiosk is not enrolled: start the agent with --enrol <code>.'
      : 'The hub no longer accepts this kiosk (disabled or revoked): enrol it again.',
  );
}

function issuing(status: KioskStatus): ReadinessCheck {
  if (status.hub === 'online') return pass('ticket-issuing', 'hub');
  const numbersLeft = status.connectivity?.leases.some((lease) => lease.remaining > 0) ?? false;
  if (numbersLeft) return pass('ticket-issuing', 'offline');
  return fail('ticket-issuing', 'The hub does not answer and this kiosk has no offline numbers left.');
}

export function agentReadiness(status: KioskStatus): ReadinessCheck[] {
  return [
    enrolment(status),
    status.outOfService
      ? fail('in-service', 'Facilities took this kiosk out of service (see /maintenance).')
      : pass('in-service'),
    issuing(status),
    pass('printer', status.printerHealth?.state ?? status.printer),
  ];
}

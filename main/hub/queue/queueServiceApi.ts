// The queue engine's surface, as routes and tests use it: every command runs in one durable transaction and
// publishes what it committed; each throws QueueError (a contract error code and a plain sentence) on refusal.
import type {
  BreakReason,
  CallNextResult,
  CompleteBody,
  CounterState,
  HandOverBody,
  HandOverResult,
  Intake,
  IssueTicketBody,
  IssueTicketResult,
  LeaseList,
  NextExplanation,
  NumberLease,
  Placement,
  PublicCall,
  QueueSnapshot,
  QueueState,
  RequestLeaseBody,
  ServiceLevelQuery,
  ServiceLevelReport,
  Ticket,
  TransferBody,
  WaitEstimate,
  WalkInBody,
} from '../../../machines/contracts/index.js';

/** Who did it: the staff member (user id) or the device (kiosk id). Recorded on every event. */
export interface Actor {
  userId: string | null;
  deviceId: string | null;
  /** The caller is a supervisor: may break, end a break or sign out a counter someone else holds. */
  supervisor?: boolean;
}

/** Where a visitor's ticket stands, as the public status page shows it. */
export interface VisitorStatus {
  ticket: Ticket;
  /** Waiting visitors in the same queue who will be called before this one (0 unless waiting). */
  peopleAhead: number;
  /** null: no honest estimate (no open counter, too little data), or not waiting. */
  estimatedWait: WaitEstimate | null;
}

type TicketOut = { ticket: Ticket };

export interface QueueService {
  /** Kiosks and desks. Refuses `service-closed` (hours, cap, staff switch) and `queue-full`. */
  issueTicket(input: IssueTicketBody & { by: Actor }): IssueTicketResult;
  /** Creates a visit and starts serving it at the counter at once (no call); idempotent on requestId. */
  walkIn(input: WalkInBody & { counterId: string; by: Actor }): TicketOut;

  /**
   * Calls the ticket `explainNext` picks. The counter must be open and signed in by `by.userId`
   * (`counter-closed`), and hold nobody serving or parked… see README for what happens to a called visitor
   * who never arrived. Idempotent on requestId.
   */
  callNext(input: { counterId: string; requestId: string; by: Actor }): CallNextResult;
  /** Calls a chosen waiting ticket (ignores ordering and cool-down). Two desks: one wins, the other `conflict`. */
  callTicket(input: { counterId: string; ticketId: string; requestId: string; by: Actor }): TicketOut;
  /** What callNext would pick now, and why (nothing is written). */
  previewNext(input: { counterId: string }): NextExplanation;
  /** Re-announces a called ticket; refuses `cooling-down` within the manual cool-down, `wrong-state` past maxCalls. */
  recall(input: { ticketId: string; counterId: string; by: Actor }): TicketOut;
  confirmArrival(input: { ticketId: string; by: Actor }): TicketOut;
  park(input: { ticketId: string; by: Actor }): TicketOut;
  resume(input: { ticketId: string; counterId: string; by: Actor }): TicketOut;
  transfer(input: TransferBody & { ticketId: string; by: Actor }): TicketOut;
  recycle(input: { ticketId: string; placement: Placement; by: Actor }): TicketOut;
  /** Outcome required; `detail` required by referred (bureau id) and case-created (case reference). */
  complete(input: CompleteBody & { ticketId: string; by: Actor }): TicketOut;
  noShow(input: { ticketId: string; by: Actor }): TicketOut;
  markLeft(input: { ticketId: string; by: Actor }): TicketOut;
  addNote(input: { ticketId: string; text: string; by: Actor }): TicketOut;
  /** The visitor cancels from the status page; only a waiting ticket can be cancelled. */
  cancelByVisitor(input: { statusToken: string }): { ok: true };

  signIn(input: { counterId: string; by: Actor & { displayName: string } }): { counter: CounterState };
  startBreak(input: { counterId: string; reason: BreakReason; by: Actor }): { counter: CounterState };
  endBreak(input: { counterId: string; by: Actor }): { counter: CounterState };
  /** Ends the counter session; a visitor it still holds is closed as ended-by-logout. */
  signOut(input: { counterId: string; by: Actor }): { counter: CounterState };
  setQueueIntake(input: { queueId: string; open: boolean; by: Actor }): QueueState;
  /** Closes every open ticket of past service days as removed (day-end); returns how many. */
  closePastDays(): number;

  /**
   * Grants kiosk `deviceId` the next block of today's offline band of a queue (idempotent on requestId).
   * Refuses `invalid-request` (no band), `rate-limited` (too many blocks today), `lease-exhausted` (band used up).
   */
  requestLease(input: RequestLeaseBody & { deviceId: string }): NumberLease;
  /** Today's leases of kiosk `deviceId`. */
  listLeases(deviceId: string): LeaseList;
  /** Places (or closes, or refuses) the tickets kiosk `deviceId` issued offline; one transaction per batch. */
  handOverOfflineTickets(input: HandOverBody & { deviceId: string }): HandOverResult;

  intake(): Intake;
  serviceLevels(query: Required<ServiceLevelQuery>): ServiceLevelReport;
  snapshot(): QueueSnapshot;
  displaySnapshot(): { seq: number; calls: PublicCall[] };
  /** The ticket behind a public status token, people ahead and the wait estimate; undefined if unknown. */
  visitorStatus(statusToken: string): VisitorStatus | undefined;
  /** Today's service day (site-local date) by the engine's clock. */
  serviceDay(): string;
}

// Schemas for the path parameters of the hub API.
import { z } from 'zod';
import { IssueTicketResult, Slug } from '../../../machines/contracts/index.js';

export const CounterParams = z.object({ counterId: Slug });
export const TicketParams = z.object({ ticketId: z.uuid() });
export const QueueParams = z.object({ queueId: Slug });
export const StatusTokenParams = z.object({ token: IssueTicketResult.shape.statusToken });
export const UserParams = z.object({ userId: z.uuid() });
export const DeviceParams = z.object({ deviceId: z.string().min(1).max(64) });

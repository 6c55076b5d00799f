// Enrols this kiosk with the hub once, with a one-time code, and keeps the device id and token it is given.
import {
  createHubClient,
  type FetchLike,
  HubError,
  type HubResponse,
  HubUnreachableError,
} from '../../machines/contracts/index.js';
import { rootCause } from './kioskAgent.js';
import { saveAgentCredential } from './settings.js';

/** Enrolment did not work; the message is one line for the person starting the agent. */
export class EnrolmentError extends Error {
  override name = 'EnrolmentError';
}

export const notEnrolledMessage =
  'this kiosk is not enrolled: create a code in /maintenance (or npm run hub -- create-enrolment-code ' +
  '--data <dir> --role kiosk --name <name>) and start the agent with --enrol <code>';

export interface EnrolOptions {
  hubUrl: string;
  dataDir: string;
  code: string;
  fetch: FetchLike;
}

/** Exchanges the code for a kiosk credential and saves it (replacing an earlier one); returns the device id. */
export async function enrolKiosk(options: EnrolOptions): Promise<string> {
  const hub = createHubClient(options.hubUrl, options.fetch);
  let result: HubResponse<'enrol'>;
  try {
    result = await hub.call('enrol', { body: { code: options.code.trim(), delivery: 'token' } });
  } catch (err) {
    if (err instanceof HubUnreachableError) {
      throw new EnrolmentError(
        `cannot reach the hub at ${options.hubUrl} to enrol (${rootCause(err.cause)})`,
      );
    }
    if (err instanceof HubError && err.status < 500) {
      throw new EnrolmentError(`the hub refused enrolment code "${options.code}": ${err.message}`);
    }
    throw new EnrolmentError(`enrolment failed: ${rootCause(err)}`);
  }
  if (result.device.role !== 'kiosk' || result.token === null) {
    throw new EnrolmentError(
      `enrolment code "${options.code}" is for a ${result.device.role}, not a kiosk: create a kiosk code`,
    );
  }
  saveAgentCredential(options.dataDir, { deviceId: result.device.id, token: result.token });
  return result.device.id;
}

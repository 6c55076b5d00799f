// The shipped starter set of information topics (assets/site/info-topics.json): version 0, current until a
// supervisor publishes. Read and checked once when the hub starts; a bad file stops the hub with a clear error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InfoContentBody, type SiteConfig } from '../../../machines/contracts/index.js';
import { assetsDir } from '../../paths.js';
import { unknownDeskService } from './contentChecks.js';

export const defaultInfoStarterFile = join(assetsDir, 'site', 'info-topics.json');

/** Reads and validates the starter file; throws naming the file and the first problem when it is not valid. */
export function loadInfoStarter(file: string, config: SiteConfig): InfoContentBody {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = InfoContentBody.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: "${issue.path.join('.')}" is invalid (${issue.message})`);
  }
  const problem = unknownDeskService(parsed.data, config);
  if (problem) throw new Error(`${file}: "${problem.path}" is invalid (${problem.message})`);
  return parsed.data;
}

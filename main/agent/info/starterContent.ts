// The information topics shipped with the kiosk (assets/site/info-topics.json) as content version 0: what a
// kiosk shows before it has ever reached the hub. Read and checked once, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type InfoContent, InfoContentBody } from '../../../machines/contracts/index.js';
import { assetsDir } from '../../paths.js';

export const starterContentFile = join(assetsDir, 'site', 'info-topics.json');

/** The shipped starter set as version 0; throws when the file is missing or does not match the contract. */
export function loadStarterContent(file = starterContentFile): InfoContent {
  const body = InfoContentBody.parse(JSON.parse(readFileSync(file, 'utf8')));
  return { version: 0, publishedAt: null, publishedBy: null, groups: body.groups, topics: body.topics };
}

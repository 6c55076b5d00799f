// Reads and validates a site configuration file; a bad file gives one line naming the file and the fault.
import { readFileSync } from 'node:fs';
import { SiteConfig } from '../../machines/contracts/index.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadSiteConfig(file: string): SiteConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(`config ${file}: cannot read the file (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config ${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = SiteConfig.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
    throw new ConfigError(`config ${file}: ${issues.slice(0, 5).join('; ')}${more}`);
  }
  return parsed.data;
}

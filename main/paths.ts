// Where the project's folders are at run time (source tree under tsx, or the packaged app).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const assetsDir = join(projectRoot, 'assets');
export const rendererDist = join(projectRoot, 'dist', 'renderer');
export const defaultSiteConfig = join(assetsDir, 'site', 'portland-building.json');

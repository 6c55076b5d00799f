// electron-builder.yml: valid against electron-builder's own schema, and the targets, fuses, icons and native
// modules the kiosks rely on are the ones we mean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../../main/paths.js';

const schema = JSON.parse(
  readFileSync(join(projectRoot, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
) as object;
// strict: false because the schema carries documentation keywords ajv does not know.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const config = parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

function schemaErrors(candidate: unknown): string[] {
  return validate(candidate)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

function section(name: string): Record<string, unknown> {
  return config[name] as Record<string, unknown>;
}

describe('electron-builder.yml against electron-builder 26 scheme.json', () => {
  it('is a valid configuration', () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it.each([
    ['an unknown top-level key', { ...config, electronFuse: {} }],
    ['a misspelt fuse', { ...config, electronFuses: { ...section('electronFuses'), runAsNodes: false } }],
    ['a wrong type', { ...config, nsis: { ...section('nsis'), perMachine: 'no' } }],
  ])('would reject %s', (_what, broken) => {
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
  });
});

describe('what the kiosks rely on', () => {
  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
    ['loadBrowserProcessSpecificV8Snapshot', false],
  ])('sets the fuse %s to %s', (fuse, value) => {
    expect(section('electronFuses')[fuse]).toBe(value);
  });

  it('builds AppImage and deb for Linux and a one-click per-user NSIS installer for Windows', () => {
    expect(config.appId).toBe('gov.portland.lobby311');
    expect(config.productName).toBe('Lobby 311');
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
    expect(section('win').target).toEqual(['nsis']);
    expect(section('nsis')).toMatchObject({ perMachine: false, oneClick: true });
  });

  it("publishes to a generic feed under /updates/, so the build writes electron-updater's channel files", () => {
    expect(config.publish).toEqual([
      { provider: 'generic', url: 'http://lobby311-hub.invalid:8311/updates/' },
    ]);
  });

  it('installs /usr/bin/lobby311, the command the kiosk unit starts', () => {
    expect(section('linux').executableName).toBe('lobby311');
    expect(section('deb').packageName).toBe('lobby311');
    const unit = readFileSync(join(projectRoot, 'assets', 'kiosk-image', 'lobby311-kiosk.service'), 'utf8');
    expect(unit).toMatch(/^ExecStart=.*\/usr\/bin\/lobby311\b/m);
  });

  it("keeps electron-builder's own deb scripts, which install the AppArmor profile Ubuntu 24.04+ needs", () => {
    expect(section('deb')).not.toHaveProperty('afterInstall');
    expect(section('deb')).not.toHaveProperty('appArmorProfile');
    expect(section('linux').executableArgs ?? []).not.toContain('--no-sandbox');
  });

  it.each(['better-sqlite3', 'serialport', '@napi-rs/canvas'])(
    'ships the native module %s as a dependency, rebuilt for Electron and unpacked from the asar',
    (name) => {
      expect(packageJson.dependencies[name]).toBeDefined();
      expect(config.npmRebuild).toBe(true);
      const unpacked = config.asarUnpack as string[];
      const scope = name.startsWith('@') ? name.split('/')[0] : name;
      expect(unpacked).toContain(`node_modules/${scope}/**`);
    },
  );

  it('points at icons that exist', () => {
    expect(section('linux').icon).toBe('assets/icons');
    expect(section('win').icon).toBe('assets/icons/icon.ico');
  });
});

// electron-builder.yml: the app's identity, targets, packaged files and every Electron fuse the checklist needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../main/paths.js';
import { parseYamlSubset } from './yamlSubset.js';

const config = parseYamlSubset(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

describe('electron-builder.yml', () => {
  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets the fuse %s to %s', (fuse, value) => {
    expect((config.electronFuses as Record<string, unknown>)[fuse]).toBe(value);
  });

  it('names the app and builds AppImage, deb and a per-user NSIS installer', () => {
    expect(config.appId).toBe('gov.portland.lobby311');
    expect(config.productName).toBe('Lobby 311');
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.win as { target: string[] }).target).toEqual(['nsis']);
    expect((config.nsis as { perMachine: boolean }).perMachine).toBe(false);
  });

  it('packs the built app into an asar and unpacks the native modules', () => {
    expect(config.files).toEqual(['dist/**', 'assets/**', 'package.json', 'node_modules']);
    expect(config.asar).toBe(true);
    const unpacked = config.asarUnpack as string[];
    expect(unpacked.some((glob) => glob.startsWith('node_modules/better-sqlite3/'))).toBe(true);
    expect(unpacked.some((glob) => glob.startsWith('node_modules/serialport/'))).toBe(true);
  });
});

describe('the YAML subset reader', () => {
  it('types scalars, nests mappings and lists, and skips comments', () => {
    expect(
      parseYamlSubset('# c\na: 1\nb:\n  c: true # why\n  d: "x: y"\ne:\n  - one\n  - \'two\'\n'),
    ).toEqual({ a: 1, b: { c: true, d: 'x: y' }, e: ['one', 'two'] });
  });

  it('refuses what it does not understand instead of guessing', () => {
    expect(() => parseYamlSubset('a: 1\na: 2\n')).toThrow(/duplicate key/);
    expect(() => parseYamlSubset('a:\nb: 1\n')).toThrow(/has no value/);
    expect(() => parseYamlSubset('a: 1\n  b: 2\n')).toThrow(/unexpected indentation/);
  });
});

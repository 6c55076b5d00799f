// Voices and recorded clips: a language's voice by exact tag, script region or primary language (never a
// network voice); clips for spelled numbers and catalog messages; and the gap list of languages the kiosk
// cannot speak, printed for the shipped manifests against the platform voices here (none under Node).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClipManifest, clipsFor } from '../../../machines/speech/clipManifest.js';
import { spellOut } from '../../../machines/speech/utterance.js';
import { speechGaps, voiceFor } from '../../../machines/speech/voiceChoice.js';
import { testSiteConfig } from '../../support/siteConfig.js';

const voices = [
  { name: 'English', lang: 'en-US' },
  { name: 'Cloud Spanish', lang: 'es-ES', localService: false },
  { name: 'Spanish', lang: 'es_MX' },
  { name: 'Taiwanese Mandarin', lang: 'zh-TW' },
  { name: 'Mandarin', lang: 'zh-CN' },
];

const clipsDir = join(import.meta.dirname, '../../../assets/sounds/speech');
const shippedManifests = Object.fromEntries(
  readdirSync(clipsDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const manifest = ClipManifest.parse(JSON.parse(readFileSync(join(clipsDir, file), 'utf8')));
      return [manifest.language, manifest];
    }),
);

describe('voice choice', () => {
  it('matches exact tags, script regions and primary languages, local voices only', () => {
    expect(voiceFor('en', voices)?.name).toBe('English');
    expect(voiceFor('es', voices)?.name).toBe('Spanish');
    expect(voiceFor('zh-Hant', voices)?.name).toBe('Taiwanese Mandarin');
    expect(voiceFor('zh-Hans', voices)?.name).toBe('Mandarin');
    expect(voiceFor('chk', voices)).toBeNull();
  });

  it('lists the languages with neither a voice nor clips', () => {
    const manifests = { so: { language: 'so', clips: { 'char:A': 'so/a.opus' } } };
    expect(speechGaps(['en', 'es', 'so', 'chk', 'km'], voices, manifests)).toEqual(['chk', 'km']);
  });
});

describe('recorded clips', () => {
  const manifest = {
    language: 'chk',
    clips: { 'char:A': 'chk/a.opus', 'char:0': 'chk/0.opus', 'kiosk:ticket.title': 'chk/ticket-title.opus' },
  };
  const keyOf = (text: string) => (text === 'Noumw nampa' ? 'kiosk:ticket.title' : undefined);

  it('says a spelled number one character clip at a time, and a message by its clip', () => {
    expect(clipsFor(spellOut('A00'), manifest, keyOf)).toEqual(['chk/a.opus', 'chk/0.opus', 'chk/0.opus']);
    expect(clipsFor('Noumw nampa', manifest, keyOf)).toEqual(['chk/ticket-title.opus']);
  });

  it('cannot say text or characters it has no clip for', () => {
    expect(clipsFor(spellOut('A01'), manifest, keyOf)).toBeNull();
    expect(clipsFor('Something else', manifest, keyOf)).toBeNull();
    expect(clipsFor('Noumw nampa', undefined, keyOf)).toBeNull();
  });

  it('ships a valid manifest for every site language and prints the languages it cannot speak here', () => {
    const languages = testSiteConfig().languages;
    expect(Object.keys(shippedManifests).sort()).toEqual([...languages].sort());
    // Node has no platform voices; the browser spec prints Chromium's own gap list.
    const gaps = speechGaps(languages, [], shippedManifests);
    console.info(`speech gaps (no voice under Node, no recorded clips): ${gaps.join(', ') || 'none'}`);
    expect(gaps.every((lang) => languages.includes(lang))).toBe(true);
  });
});

describe('spelling a ticket number', () => {
  it('reads characters one at a time', () => {
    expect(spellOut('A042')).toBe('A, 0, 4, 2');
    expect(spellOut('UT-007')).toBe('U, T, 0, 0, 7');
  });
});

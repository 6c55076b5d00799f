// Replaces a file on the kiosk's disk so that a crash or power cut leaves either the old or the new content:
// write a temp file (mode 0600), fsync it, rename it over the old one, then fsync the folder.
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export function replaceFileDurably(file: string, text: string, sync: (fd: number) => void = fsyncSync): void {
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    if (text.length > 0) writeSync(fd, text);
    sync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  try {
    const dirFd = openSync(dirname(file), 'r');
    sync(dirFd);
    closeSync(dirFd);
  } catch {
    // Some file systems cannot fsync a folder; the rename is then as durable as they make it.
  }
}

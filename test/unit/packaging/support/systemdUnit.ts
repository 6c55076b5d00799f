// Reads a systemd unit file into sections of keys (each key keeps every value it is given, in order), refusing
// lines systemd would not read: text outside a section, a line without "=", an unclosed section header.
export type UnitFile = Record<string, Record<string, string[]>>;

export function parseSystemdUnit(source: string, name: string): UnitFile {
  const unit: UnitFile = {};
  let section: Record<string, string[]> | null = null;
  source.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const where = `${name}:${index + 1}`;
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    if (line.endsWith('\\')) throw new Error(`${where}: continued lines are not used in these units`);
    if (line.startsWith('[')) {
      const header = /^\[([A-Za-z]+)\]$/.exec(line);
      if (!header?.[1]) throw new Error(`${where}: bad section header ${line}`);
      if (unit[header[1]]) throw new Error(`${where}: section [${header[1]}] appears twice`);
      section = unit[header[1]] = {};
      return;
    }
    const pair = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(line);
    if (!pair?.[1] || pair[2] === undefined) throw new Error(`${where}: expected Key=value, got ${line}`);
    if (!section) throw new Error(`${where}: ${pair[1]} is outside any section`);
    section[pair[1]] = [...(section[pair[1]] ?? []), pair[2].trim()];
  });
  return unit;
}

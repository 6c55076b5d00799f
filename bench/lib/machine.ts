// The machine a benchmark ran on: Node version, CPU model, cores, RAM and OS, saved with every results file.
import { arch, cpus, release, totalmem, type } from 'node:os';

export interface Machine {
  node: string;
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
}

export function machineInfo(): Machine {
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${type()} ${release()} ${arch()}`,
  };
}

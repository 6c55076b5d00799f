// setup-kiosk.sh run for real against a scratch root, with stand-ins for the commands that would change this
// machine (apt-get, dpkg, useradd, chown, systemctl, udevadm...): it installs the AppImage (or the deb) and every
// file, writes settings the app reads, and a second run changes nothing and installs nothing again.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withConfigFile } from '../../../main/electron/kioskConfigFile.js';
import { parseShellArgs } from '../../../main/electron/shellArgs.js';
import { projectRoot } from '../../../main/paths.js';

const imageDir = join(projectRoot, 'assets', 'kiosk-image');

/** Stand-ins: each logs its call; dpkg, id and apt-get keep what is "installed" as marker files in $STATE. */
const stubs: Record<string, string> = {
  'apt-get': `[ "$1" = install ] || exit 0
for arg in "\${@:2}"; do
  case "$arg" in -*) ;; *.deb) touch "$STATE/lobby311" ;; *) touch "$STATE/$arg" ;; esac
done`,
  dpkg: '[ -e "$STATE/$2" ]',
  id: 'if [ "$1" = -u ]; then echo "$FAKE_UID"; else [ -e "$STATE/user-$1" ]; fi',
  useradd: 'for user; do :; done; touch "$STATE/user-$user"',
  usermod: '',
  // The owner each path was given (no real kiosk user here): the last chown of a path wins.
  chown: 'echo "$2 $1" >>"$STATE/owners"',
  systemctl: '',
  udevadm: '',
  'update-grub': '',
};

let dir: string;
let root: string;
let env: NodeJS.ProcessEnv;

function run(...args: string[]) {
  return spawnSync('bash', [join(imageDir, 'setup-kiosk.sh'), ...args], { encoding: 'utf8', env });
}

const deb = () => join(dir, 'lobby311_0.1.0_amd64.deb');
const appImage = () => join(dir, 'Lobby-311-0.1.0.AppImage');
const installedAppImage = () => join(root, 'opt', 'lobby311', 'Lobby311.AppImage');

function calls(): string[] {
  return readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n');
}

/** The owner each path was last given by chown. */
function owners(): Record<string, string> {
  const lines = readFileSync(join(dir, 'state', 'owners'), 'utf8')
    .trim()
    .split('\n');
  return Object.fromEntries(
    lines.map((line) => {
      const [path = '', owner = ''] = line.split(' ');
      return [relative(root, path), owner];
    }),
  );
}

function files(folder = root): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(root, path), readFileSync(path, 'utf8')];
      }),
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-setup-'));
  root = join(dir, 'root');
  const bin = join(dir, 'bin');
  for (const folder of [bin, join(dir, 'state'), join(root, 'etc', 'default')])
    mkdirSync(folder, { recursive: true });
  for (const [name, body] of Object.entries(stubs)) {
    const file = join(bin, name);
    writeFileSync(file, `#!/usr/bin/env bash\necho "${name} $*" >>"$CALLS"\n${body}\n`);
    chmodSync(file, 0o755);
  }
  writeFileSync(join(root, 'etc', 'default', 'grub'), 'GRUB_DEFAULT=0\nGRUB_CMDLINE_LINUX_DEFAULT="quiet"\n');
  writeFileSync(deb(), 'not a real package');
  writeFileSync(appImage(), 'not a real AppImage');
  env = {
    PATH: `${bin}:${process.env.PATH}`,
    LOBBY311_IMAGE_ROOT: root,
    STATE: join(dir, 'state'),
    CALLS: join(dir, 'calls.log'),
    FAKE_UID: '0',
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('setup-kiosk.sh', () => {
  it('sets up a fresh PC from the AppImage, then a second run changes nothing and installs nothing again', () => {
    const first = run(
      '--appimage',
      appImage(),
      '--hub',
      'http://10.0.0.10:8311',
      '--printer',
      'usb:///dev/usb/lp0',
    );
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const installed = files();
    for (const unit of [
      'lobby311-kiosk.service',
      'lobby311-nightly-restart.service',
      'lobby311-nightly-restart.timer',
    ]) {
      expect(installed[`etc/systemd/system/${unit}`]).toBe(readFileSync(join(imageDir, unit), 'utf8'));
    }
    expect(installed['etc/udev/rules.d/60-lobby311-devices.rules']).toBeDefined();
    expect(installed['etc/systemd/logind.conf.d/lobby311.conf']).toContain('IdleAction=ignore');
    expect(installed['usr/local/sbin/lobby311-enrol']).toBe(
      readFileSync(join(imageDir, 'enrol-kiosk.sh'), 'utf8'),
    );
    expect(installed['etc/default/grub']).toContain('GRUB_CMDLINE_LINUX_DEFAULT="quiet consoleblank=0"');
    const conf = join(root, 'etc', 'lobby311', 'kiosk.conf');
    expect(parseShellArgs(withConfigFile([`--config=${conf}`]))).toMatchObject({
      role: 'kiosk',
      hubUrl: 'http://10.0.0.10:8311',
      printerUri: 'usb:///dev/usb/lp0',
      printerModel: 'epson-tm-t88vi',
      scannerUri: null,
    });
    // The AppImage, writable by the kiosk user together with its folder (electron-updater replaces it in place).
    expect(installed['opt/lobby311/Lobby311.AppImage']).toBe('not a real AppImage');
    expect(statSync(installedAppImage()).mode & 0o777).toBe(0o755);
    expect(owners()).toMatchObject({
      'opt/lobby311': 'kiosk:kiosk',
      'opt/lobby311/Lobby311.AppImage': 'kiosk:kiosk',
    });
    expect(readdirSync(join(root, 'opt', 'lobby311'))).toEqual(['Lobby311.AppImage']);
    // What the kiosk unit starts, pointing at the path the kiosk will have (not the scratch root).
    expect(readlinkSync(join(root, 'usr', 'bin', 'lobby311'))).toBe('/opt/lobby311/Lobby311.AppImage');
    const install = calls().find((call) => call.startsWith('apt-get install'));
    expect(install?.split(' ')).toEqual(
      expect.arrayContaining(['cage', 'libfuse2', 'libgtk-3-0', 'libnss3']),
    );
    expect(calls()).toEqual(
      expect.arrayContaining([
        'useradd --create-home --shell /usr/sbin/nologin --comment Lobby 311 kiosk kiosk',
        'usermod --append --groups lp,dialout,video,render,input kiosk',
        'systemctl enable lobby311-kiosk.service lobby311-nightly-restart.timer',
      ]),
    );

    writeFileSync(env.CALLS!, '');
    const inode = statSync(installedAppImage()).ino;
    const second = run('--appimage', appImage());
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(files()).toEqual(installed);
    expect(statSync(installedAppImage()).ino).toBe(inode);
    expect(calls().filter((call) => /^(apt-get|useradd|update-grub)/.test(call))).toEqual([]);
  });

  it('installs a new AppImage over the old one', () => {
    expect(run('--appimage', appImage(), '--hub', 'http://10.0.0.10:8311').status).toBe(0);
    writeFileSync(appImage(), 'the next version');
    expect(run('--appimage', appImage()).status).toBe(0);
    expect(readFileSync(installedAppImage(), 'utf8')).toBe('the next version');
    expect(readdirSync(join(root, 'opt', 'lobby311'))).toEqual(['Lobby311.AppImage']);
  });

  it('installs the deb through apt instead, with no AppImage folder, and will not mix the two', () => {
    const result = run('--deb', deb(), '--hub', 'http://10.0.0.10:8311');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no updates from the hub');
    expect(calls()).toEqual(
      expect.arrayContaining(['apt-get install -y -qq cage', `apt-get install -y -qq ${deb()}`]),
    );
    expect(calls().join('\n')).not.toContain('libfuse2');
    expect(Object.keys(files()).some((path) => path.startsWith('opt/'))).toBe(false);
    const switched = run('--appimage', appImage());
    expect(switched.status).toBe(2);
    expect(switched.stderr).toContain('the lobby311 deb is installed: remove it first');
  });

  it.each([
    ['neither --appimage nor --deb', [] as string[]],
    ['both --appimage and --deb', ['--appimage', 'APPIMAGE', '--deb', 'DEB']],
  ])('refuses %s before changing anything', (_what, app) => {
    const args = app.map((arg) => (arg === 'APPIMAGE' ? appImage() : arg === 'DEB' ? deb() : arg));
    const refused = run(...args, '--hub', 'http://10.0.0.10:8311');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      'give exactly one of --appimage <file> (updates itself from the hub) or --deb',
    );
    expect(refused.stdout).toContain('--deb <lobby311_*.deb>: the kiosk does NOT update itself from the hub');
    expect(Object.keys(files())).toEqual(['etc/default/grub']);
  });

  it('refuses a first run without --hub, and a run that is not as root, before changing anything', () => {
    const noHub = run('--appimage', appImage());
    expect(noHub.status).toBe(2);
    expect(noHub.stderr).toContain('first run: give --hub');
    env.FAKE_UID = '1000';
    const notRoot = run('--appimage', appImage(), '--hub', 'http://10.0.0.10:8311');
    expect(notRoot.status).toBe(1);
    expect(notRoot.stderr).toContain('run as root');
    expect(Object.keys(files())).toEqual(['etc/default/grub']);
  });

  it('refuses a hub that is not an http(s) URL and an unknown role', () => {
    expect(run('--appimage', appImage(), '--hub', '10.0.0.10:8311').stderr).toContain(
      '--hub must be an http:// or https:// URL',
    );
    expect(run('--appimage', appImage(), '--hub', 'http://10.0.0.10:8311', '--role', 'admin').status).toBe(2);
  });
});

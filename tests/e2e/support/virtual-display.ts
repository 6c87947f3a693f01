import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

// An X display of its own (Xvfb) for tests that need a real window and real key presses: the
// browser's own shortcuts (chrome.commands) answer only keys that come through the window
// system, never Playwright's synthetic ones. Needs Debian's xvfb and xdotool (npm test checks).

const run = promisify(execFile);

export interface VirtualDisplay {
  /** The DISPLAY value, e.g. ":3". */
  display: string;
  /**
   * Presses a chord as a person would ("Alt+Shift+V") in the visible window whose title matches
   * `windowName` (a regular expression), given keyboard focus first: with no window manager
   * nothing else gives it, and a browser has other visible windows (bubbles, tooltips) that must
   * not get the key.
   */
  press(chord: string, windowName: string): Promise<void>;
  /** Titles of the visible windows, for a failure message. */
  windows(): Promise<string>;
  close(): Promise<void>;
}

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  // -displayfd: Xvfb picks a free display number and writes it to fd 3 once it accepts clients.
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.once('error', (error) => reject(new Error(`Xvfb did not start (apt-get install -y xvfb): ${error.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr.trim()}`)));
    (xvfb.stdio[3] as NodeJS.ReadableStream).once('data', (data) => resolve(`:${String(data).trim()}`));
  });
  return {
    display,
    async press(chord, windowName) {
      const keys = chord.split('+').map((k) => k.toLowerCase()).join('+');
      await run(
        'xdotool',
        ['search', '--sync', '--onlyvisible', '--name', windowName, 'windowfocus', '--sync', 'key', '--clearmodifiers', keys],
        { env: { ...process.env, DISPLAY: display }, timeout: 30_000 },
      );
    },
    async windows() {
      const env = { ...process.env, DISPLAY: display };
      const ids = (await run('xdotool', ['search', '--onlyvisible', '--name', '.*'], { env }).catch(() => ({ stdout: '' }))).stdout;
      const names = await Promise.all(
        ids.split('\n').filter(Boolean).map(async (id) => `${id}: ${(await run('xdotool', ['getwindowname', id], { env })).stdout.trim()}`),
      );
      return names.join('; ');
    },
    async close() {
      if (xvfb.exitCode !== null) return;
      const exited = new Promise((resolve) => xvfb.once('exit', resolve));
      xvfb.kill();
      await exited;
    },
  };
}

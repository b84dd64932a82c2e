/**
 * What the bank and host test helpers share: rebuilding dist/ when sources are newer, starting a
 * built entry as a child process until it prints its ready line, and stopping it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Runs `scripts/build.mjs <part>` when any output is missing or older than a source folder. */
export function ensureBuilt(part: string, outputs: string[], sourceDirs: string[]): void {
  const built = outputs.every((o) => existsSync(o)) ? Math.min(...outputs.map((o) => statSync(o).mtimeMs)) : 0;
  const sources = Math.max(...sourceDirs.map((d) => newestMtime(path.join(root, d))));
  if (built >= sources) return;
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), part], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building ${part} failed: ${r.stderr}`);
}

export interface ReadyChild {
  child: ChildProcess;
  /** The ready line's match. */
  ready: RegExpExecArray;
  exited: Promise<number | null>;
}

export interface SpawnOptions {
  label: string;
  entry: string;
  args?: string[];
  env: Record<string, string>;
  /** Matched against stdout; the child is ready when it matches. */
  readyLine: RegExp;
  timeoutMs: number;
  /** Collects stdout and stderr, in order. */
  output: string[];
  /** 'pipe' keeps stdin open so a child that watches it (the demo bank) dies with the test process. */
  stdin?: 'pipe' | 'ignore';
}

export function spawnUntilReady(o: SpawnOptions): Promise<ReadyChild> {
  const child = spawn(process.execPath, [o.entry, ...(o.args ?? [])], { cwd: root, env: o.env, stdio: [o.stdin ?? 'ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (d: Buffer) => o.output.push(d.toString('utf8')));
  return new Promise<ReadyChild>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${o.label} not ready within ${o.timeoutMs} ms:\n${o.output.join('')}`));
    }, o.timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      const text = d.toString('utf8');
      o.output.push(text);
      buffered += text;
      const m = o.readyLine.exec(buffered);
      if (m) {
        clearTimeout(timer);
        buffered = '';
        resolve({ child, ready: m, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${o.label} exited (${code}) before it was ready:\n${o.output.join('')}`));
    });
  });
}

/** Sends `signal` unless the child has ended already; resolves with its exit code. */
export function endChild(run: { child: ChildProcess; exited: Promise<number | null> }, signal: NodeJS.Signals): Promise<number | null> {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill(signal);
  return run.exited;
}

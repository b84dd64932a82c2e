// What machine a figure came from: CPU count and model, load, Node and Chromium versions.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';

export const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';

let chromiumVersion;
export function chromium() {
  if (chromiumVersion === undefined) {
    try {
      chromiumVersion = existsSync(CHROMIUM) ? execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim() : 'not installed';
    } catch {
      chromiumVersion = 'unknown';
    }
  }
  return chromiumVersion;
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromium(),
    platform: `${os.platform()} ${os.release()}`,
  };
}

export function machineLine(m = machine()) {
  return `${m.cpus}× ${m.cpuModel}, load ${m.loadAverage.join(' ')}, ${m.memoryGb} GB, Node ${m.node}, ${m.chromium}`;
}

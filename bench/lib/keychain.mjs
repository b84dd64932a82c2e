// Whether the OS keychain answers here (a real Secret Service, as under scripts/with-keyring.sh):
// the desktop-mode figures read it, and say so when it could not be reached.
import { spawnSync } from 'node:child_process';
import { root } from './paths.mjs';

const PROBE = `import { Entry } from '@napi-rs/keyring';
const e = new Entry('netbank-bench-probe', 'probe');
e.setPassword('x'); const ok = e.getPassword() === 'x'; e.deletePassword();
process.stdout.write(ok ? 'KEYCHAIN_OK' : 'KEYCHAIN_WRONG');`;

const whyNot = (r) => {
  const lines = `${r.stderr ?? ''}\n${r.error?.message ?? ''}`.split('\n').filter(Boolean);
  return (lines.find((l) => /error/i.test(l)) ?? lines.at(-1) ?? 'no answer').trim().slice(0, 120);
};

let state;
/** 'reachable' or 'not reachable (<why>)', probed once in a child process with a 10 s limit. */
export function keychainState() {
  if (state === undefined) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], { cwd: root, encoding: 'utf8', timeout: 10_000 });
    state = r.stdout?.includes('KEYCHAIN_OK') ? 'reachable' : `not reachable (${whyNot(r)})`;
  }
  return state;
}

/** A note for desktop-mode rows: empty when the keychain was real. */
export const keychainNote = () => (keychainState() === 'reachable' ? '' : `keychain ${keychainState()}: the keychain read failed fast instead of taking its real time`);

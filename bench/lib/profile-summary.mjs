// Summarizes a .cpuprofile (from node --cpu-prof): self time per function and per package/file.
// Usage: node bench/lib/profile-summary.mjs <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const fn = new Map();
  const file = new Map();
  let total = 0;
  for (const [id, us] of dt) {
    const n = byId.get(id);
    const url = n.callFrame.url || '(native)';
    const where = url.includes('node_modules/') ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : url.replace(/.*\/(dist|bench|src-[^/]+|mock-bank)\//, '$1/');
    const key = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    file.set(where, (file.get(where) ?? 0) + us);
    total += us;
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, us]) => ({ name, ms: Math.round(us / 1000), pct: Math.round((us / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), functions: (k) => top(fn, k), files: (k) => top(file, k) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const s = selfTimes(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  const k = Number(process.argv[3] ?? 25);
  console.log(`total ${s.totalMs} ms`);
  console.log('-- by package/file');
  for (const r of s.files(k)) console.log(`${String(r.pct).padStart(5)} %  ${r.ms} ms  ${r.name}`);
  console.log('-- by function');
  for (const r of s.functions(k)) console.log(`${String(r.pct).padStart(5)} %  ${r.ms} ms  ${r.name}`);
}

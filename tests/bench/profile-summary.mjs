// Self time of a .cpuprofile (BENCH_PROFILE): the top functions, and the time by package, so a
// profile of the bench can be read without DevTools. Usage: node tests/bench/profile-summary.mjs <file> [top]
import { readFileSync } from 'node:fs';

const [file, top = '40'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const gaps = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (gaps[i] ?? 0)));
const total = [...self.values()].reduce((sum, us) => sum + us, 0);

const where = (url) => {
  if (!url) return '(native)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node';
  return url.includes('/server/src/') ? `vigil:${url.split('/server/src/')[1].split('/')[0]}` : url.split('/').slice(-2).join('/');
};
const functions = new Map();
const packages = new Map();
for (const [id, us] of self) {
  const { callFrame } = byId.get(id);
  const name = `${callFrame.functionName || '(anonymous)'} ${where(callFrame.url)}:${callFrame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + us);
  const pkg = callFrame.url ? where(callFrame.url) : callFrame.functionName;
  packages.set(pkg, (packages.get(pkg) ?? 0) + us);
}
const show = (map, count) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, count).forEach(([name, us]) => console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${name}`));
console.log(`total ${(total / 1e6).toFixed(1)} s sampled\n\nby package:`);
show(packages, 25);
console.log('\nby function:');
show(functions, Number(top));

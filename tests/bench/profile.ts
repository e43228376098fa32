import { readFileSync } from 'node:fs';

/** The CPU a process has used so far (user + system, every thread), in ms, from /proc. */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime in clock ticks of 10 ms (USER_HZ is 100 on Linux)
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Who the main thread's samples belong to: a package, one of our own folders, or what V8 names (GC, idle, a syscall). */
function ownerOf(url: string, functionName: string): string {
  if (!url) return `(${functionName.replace(/[()]/g, '') || 'native'})`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (url.startsWith('node:')) return 'node (core)';
  const ours = url.match(/\/(server|shared)\/dist\/([^/]+)/);
  return ours ? `${ours[1]}/${ours[2]}` : url;
}

/**
 * A `--cpu-prof` profile as shares of the sampled time, by owner (self time), largest first: what a request's CPU
 * goes to, for a figure that misses its target.
 */
export function profileShares(path: string, top = 15): Record<string, number> {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const owners = new Map(profile.nodes.map((node) => [node.id, ownerOf(node.callFrame.url, node.callFrame.functionName)]));
  const time = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const owner = owners.get(id)!;
    time.set(owner, (time.get(owner) ?? 0) + delta);
  });
  return Object.fromEntries(
    [...time]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([owner, spent]) => [owner, Number(((100 * spent) / total).toFixed(1))]),
  );
}

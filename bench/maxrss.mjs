// Loaded with `node --import` by the streaming benchmark: reports the process's peak
// resident memory (KiB) and the CPU time of all its threads (µs) on standard error when
// it exits. The peak is VmHWM of /proc/self/status (the high-water mark of this process's
// own memory) where there is one: `resourceUsage().maxRSS` also counts what the parent
// had resident when it forked the process, so it reports the benchmark's memory, not the
// command's.
import { readFileSync } from 'node:fs'

const peak = () => {
  try {
    const m = /VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (m !== null) return Number(m[1])
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS
}
process.on('exit', () => {
  const u = process.resourceUsage()
  process.stderr.write(`maxrss ${peak()} cpu ${u.userCPUTime + u.systemCPUTime}\n`)
})

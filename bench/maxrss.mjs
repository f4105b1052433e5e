// Loaded with `node --import` by the streaming benchmark: reports the process's peak
// resident memory (KiB) on standard error when it exits.
process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\n`))

// Preloaded with `node --import` into a measured process: at exit it writes the process's own CPU
// time and peak RSS (the kernel's high-water mark) to the file named by BENCH_PROBE_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMicros: cpu.user + cpu.system, maxRssBytes: usage.maxRSS * 1024 }));
  });
}

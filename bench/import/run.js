#!/usr/bin/env node
// Import-time benchmark for the plan importer: median and p95 per sample plan (target p95 ≤ 200 ms).
// Prints figures only; never fails on time. Needs the built package: npx tsc -b libs/plan-document
// Usage: node bench/import/run.js [iterations=50] [more files…]
'use strict';
const fs = require('fs');
const path = require('path');

let lib;
try {
  lib = require(path.resolve(__dirname, '../../libs/plan-document/dist'));
} catch (e) {
  console.error('Chưa biên dịch libs/plan-document (not built). Chạy: npx tsc -b libs/plan-document');
  process.exit(1);
}

const iterations = Number(process.argv[2]) || 50;
const plansDir = path.resolve(__dirname, '../../tests/fixtures/plans');
const files = [
  ...fs.readdirSync(plansDir).filter((f) => /\.(txt|md|docx)$/.test(f) && f !== 'README.md').map((f) => path.join(plansDir, f)),
  path.resolve(__dirname, '../../libs/plan-document/src/__fixtures__/draft-multi-year.md'),
  ...process.argv.slice(3),
];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

(async () => {
  console.log(`plan importer — ${iterations} runs per file (after 5 warm-up runs), node ${process.version}`);
  console.log(['file'.padEnd(34), 'KB'.padStart(6), 'median ms'.padStart(10), 'p95 ms'.padStart(8), 'max ms'.padStart(8), 'resp.'.padStart(6)].join(' '));
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const input = { fileName: path.basename(file), bytes };
    let plan;
    for (let i = 0; i < 5; i++) plan = await lib.parsePlanDocument(input);
    const times = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = process.hrtime.bigint();
      plan = await lib.parsePlanDocument(input);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    const p95 = quantile(times, 0.95);
    console.log([
      path.basename(file).padEnd(34),
      (bytes.length / 1024).toFixed(1).padStart(6),
      quantile(times, 0.5).toFixed(2).padStart(10),
      p95.toFixed(2).padStart(8),
      times[times.length - 1].toFixed(2).padStart(8),
      String(plan.responsibilities.length).padStart(6),
    ].join(' ') + (p95 > 200 ? '  (p95 > 200 ms target)' : ''));
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

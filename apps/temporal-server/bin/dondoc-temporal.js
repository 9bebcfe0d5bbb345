#!/usr/bin/env node
// dondoc's Temporal-compatible server. Runs in this very process (no wrapper): the SDK's test
// harness kills the direct child with SIGKILL and nothing may survive it.
try {
  require.resolve('../dist/main.js');
} catch {
  console.error('dondoc-temporal: not built yet. Run: npm run build');
  process.exit(1);
}
require('../dist/main.js');

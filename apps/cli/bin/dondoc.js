#!/usr/bin/env node
// The dondoc command line. Compiled code lives in ../dist; `npm start` / `npm test` build it.
try {
  require.resolve('../dist/main.js');
} catch {
  console.error('dondoc: chưa biên dịch (not built yet). Chạy / run: npm run build');
  process.exit(1);
}
require('../dist/main.js');

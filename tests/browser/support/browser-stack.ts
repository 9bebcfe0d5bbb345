import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApiApp } from '@dondoc/api';
import { startTestStack, type TestStack } from '@dondoc/testing';

const root = path.resolve(__dirname, '../../..');
export const CONSOLE_DIR = path.join(root, 'apps/console/dist');
const ARTIFACTS = path.join(root, 'test-artifacts/browser');

/** Debian's chromium; `npx playwright install` cannot download browsers here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BrowserStack {
  /** Origin serving both the console and `/api`. */
  readonly baseUrl: string;
  /** The real API on its own clone of the seeded database (demo commune and logins). */
  readonly api: TestStack;
  readonly browser: Browser;
  /** A fresh context (own cookies and localStorage) and page, Vietnamese browser locale, Vietnam time. */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** Uncaught exceptions thrown in any page since the last call (a crash the UI may hide). */
  takePageErrors(): string[];
  stop(): Promise<void>;
}

/**
 * Starts the real stack for one test file (the API from @dondoc/api on a cloned, migrated, seeded
 * Postgres database, serving the built console on the same origin) plus one chromium.
 */
export async function startBrowserStack(options: {
  /** Extra API environment, e.g. `TEMPORAL_ADDRESS` of a test Temporal server (workflow actions). */
  env?: Record<string, string>;
} = {}): Promise<BrowserStack> {
  if (!fs.existsSync(path.join(CONSOLE_DIR, 'index.html'))) {
    throw new Error(`No built console in ${CONSOLE_DIR}: run "npm run build --workspace @dondoc/console" (npm test does it).`);
  }
  assertConsoleBuildIsFresh();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: apt-get install -y chromium`);

  const backend = await startTestStack({ createApp: createApiApp, env: { ...options.env, CONSOLE_DIR } });

  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await backend.stop();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];
  return {
    baseUrl: backend.baseUrl,
    api: backend,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: backend.baseUrl,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        // The console then skips its transitions: screenshots never catch a half-open drawer.
        reducedMotion: 'reduce',
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      // Fail a step within 15 s rather than at the test timeout, so the message names the locator.
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      return page;
    },
    takePageErrors() {
      const taken = pageErrors;
      pageErrors = [];
      return taken;
    },
    async stop() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await backend.stop();
    },
  };
}

const newestMtime = (p: string): number => {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((name) => newestMtime(path.join(p, name))));
};

/** A console build older than its sources would test yesterday's UI: refuse (npm test rebuilds). */
function assertConsoleBuildIsFresh(): void {
  const consoleRoot = path.dirname(CONSOLE_DIR);
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => path.join(consoleRoot, p));
  const newestSource = Math.max(...sources.filter((p) => fs.existsSync(p)).map(newestMtime));
  const built = fs.statSync(path.join(CONSOLE_DIR, 'index.html')).mtimeMs;
  if (newestSource > built) {
    throw new Error('The console build is older than its sources: run "npm run build --workspace @dondoc/console".');
  }
}

/** Saves a PNG (full page unless `fullPage: false`) under test-artifacts/browser/ (gitignored). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: options.fullPage ?? true });
}

/**
 * The stack of one test file: started before its tests (then `onStart`, e.g. to keep it, open a page, seed a
 * fixture), checked after each test for uncaught page errors, stopped after the file.
 */
export function useBrowserStack(onStart: (stack: BrowserStack) => Promise<void> | void): void {
  let stack: BrowserStack | undefined;
  beforeAll(async () => {
    stack = await startBrowserStack();
    await onStart(stack);
  }, 120_000); // the first file of a run also migrates and seeds the template database
  afterEach(() => {
    expect(stack?.takePageErrors()).toEqual([]);
  });
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);
}

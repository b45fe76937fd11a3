import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The system Chromium the browser tests drive (Debian's package); tests skip when it is absent. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, offline-minded flags: no GPU, no QUIC, no background fetches, updates or sync. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * A browser on a fresh profile inside `dir`. launchPersistentContext takes the profile folder
 * itself: Playwright refuses --user-data-dir among the args.
 */
export async function launchChromium(dir: string, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport, timeout: 60_000,
  });
  context.setDefaultTimeout(20_000);
  return context;
}

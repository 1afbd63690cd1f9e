// One place for how every tool here starts Debian's Chromium: Vitest browser projects, benches,
// end-to-end tests and screenshots. Nothing may download a browser on these machines.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these, Chromium's background connections are refused by the closed network, many at a time.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Options for playwright's `chromium.launch()`. */
export const launchOptions = { executablePath: chromiumPath, headless: true, args: chromiumArgs };

/** Starts headless Chromium with playwright (a devDependency, loaded only when needed). */
export async function launchChromium() {
  const { chromium } = await import('playwright');
  return chromium.launch(launchOptions);
}

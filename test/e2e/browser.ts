// Debian's Chromium driven by playwright-core (never a browser playwright would download).
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Workbench URL opening `folder`, optionally loading an extension for development (and its tests). */
export function workbenchUrl(base: string, host: string, folder: string, development?: { extension: string; tests?: string }): string {
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (development) {
    // code-server takes development paths only through the workbench payload, as vscode-remote URIs.
    const payload: [string, string][] = [['extensionDevelopmentPath', `vscode-remote://${host}${development.extension}`]];
    if (development.tests) payload.push(['extensionTestsPath', `vscode-remote://${host}${development.tests}`]);
    url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  return url;
}

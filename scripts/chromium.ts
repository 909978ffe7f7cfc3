/**
 * How chronotext launches Chromium for tests and benchmarks: Debian's /usr/bin/chromium where it
 * exists (Playwright cannot download browsers on every machine), CHROMIUM_PATH to override,
 * else Playwright's own browser.
 */
import { existsSync } from 'node:fs';

/** The executable to launch, or undefined for Playwright's own browser. */
export const chromiumPath: string | undefined =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags that let Chromium run as root on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

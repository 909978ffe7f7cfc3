/** The built site served by `vite preview` on a free port, for scripts that drive Chromium. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

/** A TCP port free on 127.0.0.1 at the time of asking. */
export function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Starts `vite preview` on `port` and resolves once it answers; kill its process group after. */
export async function startPreview(port: number): Promise<ChildProcess> {
	const child = spawn(
		'npx',
		['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{ detached: true, stdio: 'ignore' }
	);
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`vite preview did not answer on port ${port} within 30 s; run npm run build?`);
}

/**
 * Runs `work` with Chromium and the built site's origin, then closes both; a failure is printed
 * and ends the process with status 1.
 */
export async function withBuiltSite(
	work: (browser: Browser, origin: string) => Promise<void>
): Promise<void> {
	try {
		const port = await freePort();
		const preview = await startPreview(port);
		const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
		try {
			await work(browser, `http://127.0.0.1:${port}`);
		} finally {
			await browser.close();
			if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
		}
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}

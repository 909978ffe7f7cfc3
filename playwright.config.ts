import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

// A free port chosen once by the main process; workers re-read this config and inherit the env,
// so they all agree on it. E2E_PORT pins one by hand.
process.env.E2E_PORT ||= execFileSync(process.execPath, [
	'-e',
	"const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
]).toString();
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	// In CI a test that fails is run once more; one that then passes is reported as flaky (by
	// name, in the list Playwright prints), not hidden. Locally every failure stands.
	retries: process.env.CI ? 1 : 0,
	// axe on a full page takes 10–30 s on two busy cores
	timeout: 90_000,
	// hydration and lazy chunks can take several seconds when the machine is busy
	expect: { timeout: 15_000 },
	reporter:
		process.env.PLAYWRIGHT_REPORTERS === 'ci'
			? [['list'], ['json', { outputFile: 'reports/e2e.json' }]]
			: 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'off',
		timezoneId: 'UTC',
		locale: 'en-GB'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 720 },
				launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS }
			}
		}
	],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});

import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

const PORT = 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
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
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});

/**
 * How many event names can be read in the explorer's default view: serves the built site with
 * `vite preview`, opens `/` in Chromium at 1280×720 (or `--width W --height H`), and records the
 * text the timeline's canvas paints in its last frame. A 12 px text equal to an event's title or
 * short label is whole; one ending in "…" that starts an event's title is cut; every other event
 * in the window is a bare mark or sits in a count box. Run after `npm run build`:
 *
 *   npx tsx scripts/label-legibility.ts [--width 1280] [--height 720]
 */
import { paintedText, recordPaintedText } from './paintedText';
import { withBuiltSite } from './preview';

function argValue(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? fallback : Number(process.argv[i + 1]);
}

const width = argValue('width', 1280);
const height = argValue('height', 720);
await withBuiltSite(async (browser, origin) => {
	{
		const page = await browser.newPage({ viewport: { width, height }, timezoneId: 'UTC' });
		await page.addInitScript(recordPaintedText);
		await page.goto(`${origin}/`);
		await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0);
		// Let any opening animation end, then read the last frame.
		await page.waitForFunction(
			() =>
				new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => resolve(true)), 800))
		);
		const painted = await paintedText(page);
		const url = new URL(page.url());
		const view = await page.getByText(/^Showing /).textContent();
		const dataset = (await (await fetch(`${origin}/data/nato-russia-2006.json`)).json()) as {
			events: { id: string; title: string; label?: string; when: string }[];
		};
		// The events the window holds: those the page names as focusable marks or count boxes.
		const drawn = await page.evaluate(() => {
			const summary = document.getElementById('timeline-summary')?.textContent ?? '';
			const counts = [...document.querySelectorAll('[aria-label*=" events"]')]
				.map((b) => /^(\d+) events/.exec(b.getAttribute('aria-label') ?? '')?.[1])
				.filter(Boolean)
				.reduce((n, c) => n + Number(c), 0);
			return { summary, counts };
		});
		const labels = painted.filter((p) => /(^|\s)12px/.test(p.font)).map((p) => p.text);
		const names = new Set(dataset.events.flatMap((e) => [e.title, ...(e.label ? [e.label] : [])]));
		const whole = labels.filter((t) => names.has(t));
		const cut = labels.filter(
			(t) =>
				t.endsWith('…') &&
				dataset.events.some((e) =>
					[e.title, e.label ?? ''].some((n) => n.startsWith(t.slice(0, -1)))
				)
		);
		const marks = Number(/^(\d+) of/.exec(drawn.summary)?.[1] ?? 0);
		const visible = marks + drawn.counts;
		const shortest = cut.reduce((m, t) => Math.min(m, t.length - 1), Infinity);
		console.log(
			`Label legibility at ${width}×${height}, default view (${view}; ${url.search || 'no parameters'})`
		);
		console.log(
			`- events in view: ${visible} (${marks} drawn one by one, ${drawn.counts} in count boxes)`
		);
		console.log(
			`- whole titles or labels shown: ${whole.length} (${((whole.length / Math.max(1, visible)) * 100).toFixed(0)}%)`
		);
		console.log(
			`- labels cut: ${cut.length}; shortest cut label: ${Number.isFinite(shortest) ? `${shortest} characters` : '—'}`
		);
		console.log(`- bare marks (no label): ${marks - whole.length - cut.length}`);
	}
});

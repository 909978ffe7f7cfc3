import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatasetText } from '$lib/formats/load';
import { loadDatasetPath } from '$lib/server/datasetFolder';
import { validDataset } from '../fixtures';

const BOM = '\uFEFF';
const dir = mkdtempSync(join(tmpdir(), 'chronotext-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a dataset folder (data/<id>/ layout) from the small valid dataset, changed by `mutate`. */
function writeFolder(
	name: string,
	mutate: (ds: ReturnType<typeof validDataset>) => void = () => {},
	bom = ''
) {
	const ds = validDataset();
	mutate(ds);
	const { source, events, periods, tours, ...meta } = ds;
	delete meta.format;
	delete meta.version;
	const folder = join(dir, name);
	mkdirSync(folder);
	const files = {
		'dataset.json': meta,
		'source.json': source,
		'events.json': events,
		'periods.json': periods,
		'tours.json': tours
	};
	for (const [file, value] of Object.entries(files))
		writeFileSync(join(folder, file), bom + JSON.stringify(value, null, 2));
	return folder;
}

describe('files with a byte-order mark', () => {
	it('loads a dataset file that starts with a BOM, as the browser does', () => {
		const result = loadDatasetText(BOM + JSON.stringify(validDataset()), 'bom.json');
		expect(result.ok).toBe(true);
	});

	it('loads a dataset file with a BOM from disk', () => {
		const file = join(dir, 'bom.json');
		writeFileSync(file, BOM + JSON.stringify(validDataset()));
		expect(loadDatasetPath(file).ok).toBe(true);
	});

	it('loads a dataset folder whose files start with a BOM', () => {
		expect(loadDatasetPath(writeFolder('bom-folder', undefined, BOM)).ok).toBe(true);
	});
});

describe('npm run validate', () => {
	function runCli(...targets: string[]) {
		return spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...targets], {
			encoding: 'utf8'
		});
	}

	it('reports schema problems and the other checks in one run, past any cap', () => {
		const folder = writeFolder(
			'many-problems',
			(ds) => {
				ds.events[0]!.stance = 'friendly';
				ds.events[1]!.when = '2006-13';
				ds.tours[0]!.steps[0]!.event = 'ghost';
				ds.events.push(
					...Array.from({ length: 60 }, (_, i) => ({
						...ds.events[1]!,
						id: `copy-${i}`,
						when: '2006',
						title: ''
					}))
				);
			},
			BOM
		);
		const { status, stderr } = runCli(folder);
		expect(status).toBe(1);
		const lines = stderr.trim().split('\n');
		expect(lines[0]).toBe(`✗ ${folder}: 63 problems`);
		expect(stderr).toContain(
			'events.json › event "council-founded" › stance: "friendly" is not allowed'
		);
		expect(stderr).toContain(
			'events.json › event "text-written" › when: "2006-13": month 13 does not exist'
		);
		expect(stderr).toContain(
			'tours.json › tour "story" › steps[0].event: there is no event "ghost"'
		);
		expect(stderr).toContain('events.json › event "copy-59" › title: the title is empty');
		expect(stderr).not.toContain('more problems not listed');
	}, 60_000);
});

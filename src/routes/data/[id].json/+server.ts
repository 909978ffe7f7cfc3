/**
 * Publishes each dataset folder as one JSON file in our format (build/data/<id>.json), the same
 * format ?data= loads. Runs at build time only; an invalid dataset fails the build.
 */
import { error, json } from '@sveltejs/kit';
import { readdirSync } from 'node:fs';
import { formatProblem } from '$lib/model/problems';
import { loadDatasetPath } from '$lib/server/datasetFolder';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => readdirSync('data').map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	if (!/^[a-z0-9-]+$/.test(params.id)) error(404, 'no such dataset');
	const result = loadDatasetPath(`data/${params.id}`);
	if (!result.ok) error(500, result.problems.map(formatProblem).join('\n'));
	return json(result.dataset);
};

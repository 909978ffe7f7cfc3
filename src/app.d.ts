// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Whether this build has a service worker: the site does, the single HTML file does not. */
	const __SERVICE_WORKER__: boolean;
}

export {};

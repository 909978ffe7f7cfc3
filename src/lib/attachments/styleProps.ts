/**
 * Sets CSS properties (custom properties included) on an element through the CSSOM. Unlike a
 * `style=` attribute, this never reaches the prerendered HTML, so the strict CSP needs no
 * 'unsafe-inline' for styles; the attachment reruns when the values change.
 */
export function styleProps(props: Record<string, string | number>) {
	return (element: HTMLElement) => {
		for (const [name, value] of Object.entries(props))
			element.style.setProperty(name, String(value));
	};
}

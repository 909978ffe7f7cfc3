/**
 * The plain text of a file someone brings to the author screen: .txt and .md as they are, .docx
 * through mammoth, .pdf through pdf.js's text layer. The two readers load only when such a file
 * is chosen.
 */

/** The file types the author screen opens, for a file input's `accept`. */
export const TEXT_FILE_ACCEPT =
	'.txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type TextFileResult = { ok: true; text: string } | { ok: false; error: string };

function extensionOf(name: string): string {
	return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

async function readDocx(bytes: ArrayBuffer): Promise<string> {
	const mammoth = await import('mammoth');
	const { value } = await mammoth.extractRawText({ arrayBuffer: bytes });
	// mammoth ends each paragraph with a blank line already; runs of them become one.
	return value.replace(/\n{3,}/g, '\n\n').trim();
}

async function readPdf(bytes: ArrayBuffer): Promise<string> {
	const [pdfjs, worker] = await Promise.all([
		import('pdfjs-dist'),
		import('pdfjs-dist/build/pdf.worker.min.mjs?url')
	]);
	// The worker is a file of this site, which the policy's worker-src 'self' allows.
	pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
	const document = await pdfjs.getDocument({
		data: new Uint8Array(bytes),
		isEvalSupported: false,
		disableFontFace: true
	}).promise;
	const pages: string[] = [];
	try {
		for (let n = 1; n <= document.numPages; n++) {
			const content = await (await document.getPage(n)).getTextContent();
			let page = '';
			for (const item of content.items)
				if ('str' in item) page += item.str + (item.hasEOL ? '\n' : '');
			pages.push(page.trim());
		}
	} finally {
		await document.destroy();
	}
	return pages.filter(Boolean).join('\n\n');
}

/** Reads a .txt, .md, .docx or .pdf file as plain text; an error names the file and the fix. */
export async function readTextFile(file: File): Promise<TextFileResult> {
	const extension = extensionOf(file.name);
	try {
		if (extension === 'docx') return { ok: true, text: await readDocx(await file.arrayBuffer()) };
		if (extension === 'pdf') return { ok: true, text: await readPdf(await file.arrayBuffer()) };
		if (['txt', 'md', 'markdown', 'text'].includes(extension))
			return { ok: true, text: (await file.text()).replace(/\r\n?/g, '\n') };
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			error: `${file.name} could not be read (${reason}). Check that it opens in its own program, or copy its text and paste it into Text.`
		};
	}
	return {
		ok: false,
		error: `${file.name} is not a file this screen reads. Open a .txt, .md, .docx or .pdf file, or paste the text into Text.`
	};
}

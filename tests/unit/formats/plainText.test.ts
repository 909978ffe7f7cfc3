import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToPlainText, plainTextToHtml } from '$lib/formats/plainText';

describe('htmlToPlainText', () => {
	it.each([
		['plain words', 'plain words'],
		['<p>One</p><p>Two <b>bold</b></p>', 'One\nTwo bold'],
		['a<br>b<br/>c', 'a\nb\nc'],
		['Tom &amp; Jerry &lt;3 &quot;hi&quot; &rsquo;', 'Tom & Jerry <3 "hi" ’'],
		['&#8220;x&#x201D; &#0; &bogus;', '“x” \uFFFD &bogus;'],
		['x<script>alert("<p>")</script>y', 'xy'],
		['<style>p { color: red }</style>text', 'text'],
		['a <!-- hidden <b> --> b', 'a b'],
		['<a href="javascript:alert(1)" title="a > b">link</a>', 'link'],
		['<img src=x onerror=alert(1)>after', 'after'],
		['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
		['unclosed <b', 'unclosed'],
		['  many\t\tspaces &nbsp; here  ', 'many spaces here'],
		['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>']
	])('reads %j as %j', (html, text) => {
		expect(htmlToPlainText(html)).toBe(text);
	});

	it('leaves decoded markup as text: decoding happens after tags are removed', () => {
		expect(htmlToPlainText('&lt;b&gt;')).toBe('<b>');
	});
});

describe('plainTextToHtml', () => {
	it('escapes markup and keeps line breaks, so the text reads back the same', () => {
		const text = 'A & B <i>not italic</i>\nnext line';
		expect(plainTextToHtml(text)).toBe('A &amp; B &lt;i&gt;not italic&lt;/i&gt;<br>next line');
		expect(htmlToPlainText(plainTextToHtml(text))).toBe(text);
		expect(decodeEntities('&amp;amp;')).toBe('&amp;');
	});
});

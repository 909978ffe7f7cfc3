import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 1500)));
page.on('pageerror', (e) => console.log('pageerror:', e.message, e.stack?.slice(0, 2500)));
await page.goto('http://127.0.0.1:5199/');
await page.waitForTimeout(5000);
await browser.close();

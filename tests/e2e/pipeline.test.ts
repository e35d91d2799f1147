import { expect, test } from '@playwright/test';

test('the prerendered page shows the title', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible();
});

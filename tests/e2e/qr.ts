// Reads a QR code back from a screenshot, as a phone would: jsQR on the decoded PNG.
import type { Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

export function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data
}

/** The closing slide's QR code: its text, and its height as a share of the canvas. */
export async function closingQr(page: Page, no: number): Promise<{ url?: string, share: number }> {
  const canvas = (await page.locator('#slide-content').boundingBox())!
  const qr = (await page.locator(`.slidev-page-${no} .closing__qr svg`).boundingBox())!
  return { url: decodeQr(await page.locator('#slide-content').screenshot()), share: qr.height / canvas.height }
}

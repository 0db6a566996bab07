// The README's screenshots, taken by every run from the real window: docs/screenshots/*.png.
import { join } from 'node:path'
import { describe, it } from 'vitest'
import { SCREENSHOTS, useLauncher } from './harness/launcher'
import { SCHEMES, withCustomerField, withHome, withResults } from './harness/states'

const launcher = useLauncher()

describe.each(SCHEMES)('screenshots, %s', (colorScheme) => {
  it('results', async () => {
    const { page } = launcher()
    await page.emulateMedia({ colorScheme })
    await withResults(page)
    await page.screenshot({
      path: join(SCREENSHOTS, `results-${colorScheme}.png`),
      animations: 'disabled',
    })
  })

  it('empty box with pins, favourites and recent reports', async () => {
    const { page, store } = launcher()
    await page.emulateMedia({ colorScheme })
    await withHome(page, store)
    await page.screenshot({
      path: join(SCREENSHOTS, `home-${colorScheme}.png`),
      animations: 'disabled',
    })
  })

  it('customer field', async () => {
    const { page } = launcher()
    await page.emulateMedia({ colorScheme })
    await withCustomerField(page)
    await page.screenshot({
      path: join(SCREENSHOTS, `customer-${colorScheme}.png`),
      animations: 'disabled',
    })
  })
})

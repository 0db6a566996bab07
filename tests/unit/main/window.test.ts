import { describe, expect, it } from 'vitest'
import { onSecondInstance } from '../../../src/main/lifecycle'
import { hideOnBlur, WindowToggler } from '../../../src/main/window-toggler'
import { FakeWindow, twoDisplays } from './fakes'

function setup() {
  const window = new FakeWindow()
  let shown = 0
  const toggler = new WindowToggler(window, twoDisplays, () => shown++)
  return { window, toggler, shownCount: () => shown }
}

describe('the launcher window', () => {
  it('starts hidden and shows centred on the display under the pointer, focused', () => {
    const { window, toggler, shownCount } = setup()
    expect(window.visible).toBe(false)
    toggler.toggle()
    expect(window.visible).toBe(true)
    expect(window.focused).toBe(true)
    expect(window.bounds).toEqual({ x: 1920 + 920, y: 470, width: 720, height: 460 })
    expect(shownCount()).toBe(1)
  })

  it('follows the pointer to the other display on the next show', () => {
    const { window, toggler } = setup()
    twoDisplays.pointer = { x: 100, y: 100 }
    toggler.show()
    expect(window.bounds).toEqual({ x: 600, y: 25 + 298, width: 720, height: 460 })
    twoDisplays.pointer = { x: 2500, y: 300 }
  })

  it('hides on the second toggle', () => {
    const { window, toggler } = setup()
    toggler.toggle()
    toggler.toggle()
    expect(window.visible).toBe(false)
  })

  it('hides when it loses focus', () => {
    const { window, toggler } = setup()
    hideOnBlur(window, toggler)
    toggler.show()
    window.emit('blur')
    expect(window.visible).toBe(false)
  })

  it('does nothing to a destroyed window', () => {
    const { window, toggler } = setup()
    window.destroyed = true
    toggler.toggle()
    expect(window.visible).toBe(false)
  })
})

describe('a second launch', () => {
  it('with --toggle toggles the window of the first', () => {
    const { window, toggler } = setup()
    onSecondInstance(['/usr/bin/dashkey', '--toggle'], toggler)
    expect(window.visible).toBe(true)
    onSecondInstance(['/usr/bin/dashkey', '--toggle'], toggler)
    expect(window.visible).toBe(false)
  })

  it('without --toggle shows it, and keeps it shown', () => {
    const { window, toggler } = setup()
    onSecondInstance(['/usr/bin/dashkey'], toggler)
    onSecondInstance(['/usr/bin/dashkey'], toggler)
    expect(window.visible).toBe(true)
  })
})

/** A rectangle on screen, as Electron describes one. */
export interface Area {
  x: number
  y: number
  width: number
  height: number
}

/** Where a window of this size sits centred in a display's work area (taskbars excluded). */
export function centredIn(workArea: Area, size: { width: number; height: number }): Area {
  const width = Math.min(size.width, workArea.width)
  const height = Math.min(size.height, workArea.height)
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  }
}

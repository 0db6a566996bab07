/** "Imported 1 customer." / "Imported 3 customers." */
export const importedText = (count: number): string =>
  `Imported ${count} customer${count === 1 ? '' : 's'}.`

/** The quick-find window; for now it says what it will be. */
export function App() {
  return (
    <main>
      <h1>Dashkey</h1>
      <p>Quick-find comes with the next issue; the `dashkey` command works today.</p>
    </main>
  )
}

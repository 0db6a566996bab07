import { readFile } from 'node:fs/promises'
import { removeCustomer, upsertCustomer } from '../../shared/state/operations'
import { parseCustomerFile } from '../../main/services/customer-import'
import { CliError, type CliIo } from '../io'
import { withSession } from '../session'
import { splitAssignment } from '../values'

export interface CustomerAddOptions {
  alias: string[]
  attr: string[]
  favourite: boolean
}

/** `dashkey customers add NAME …`: saves a customer, or adds to the one of that name. */
export async function customersAdd(
  io: CliIo,
  name: string,
  options: CustomerAddOptions,
): Promise<void> {
  const attributes = Object.fromEntries(options.attr.map((a) => splitAssignment('--attr', a)))
  await withSession(io, [], async ({ store }) => {
    await store.update((state) =>
      upsertCustomer(state, {
        name,
        aliases: options.alias,
        attributes,
        ...(options.favourite ? { favourite: true } : {}),
      }),
    )
  })
  io.stderr(`saved customer ${name}`)
}

export async function customersRemove(io: CliIo, name: string): Promise<void> {
  await withSession(io, [], ({ store }) => store.update((state) => removeCustomer(state, name)))
  io.stderr(`removed customer ${name}`)
}

/** `dashkey customers list`: the saved customers, favourites marked. */
export async function customersList(io: CliIo, options: { json: boolean }): Promise<void> {
  await withSession(io, [], async ({ state }) => {
    const rows = state.customers.map(({ name, aliases, attributes, favourite }) => ({
      name,
      aliases,
      attributes,
      favourite,
    }))
    if (options.json) return io.stdout(JSON.stringify(rows, null, 2))
    for (const c of rows) {
      const details = [
        ...c.aliases.map((a) => `alias ${a}`),
        ...Object.entries(c.attributes).map(([k, v]) => `${k}=${v}`),
      ]
      io.stdout(
        `${c.favourite ? '★ ' : '  '}${c.name}${details.length ? `  (${details.join(', ')})` : ''}`,
      )
    }
  })
}

/** `dashkey customers import FILE`: names one per line, or CSV `name,aliases,<attribute>…`. */
export async function customersImport(io: CliIo, file: string): Promise<void> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new CliError(
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    )
  }
  let customers: ReturnType<typeof parseCustomerFile>
  try {
    customers = parseCustomerFile(text, file)
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error))
  }
  await withSession(io, [], ({ store }) =>
    store.update((state) => customers.reduce(upsertCustomer, state)),
  )
  io.stderr(`imported ${customers.length} customer(s) from ${file}`)
}

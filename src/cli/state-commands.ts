import { Command } from 'commander'
import { customersAdd, customersImport, customersList, customersRemove } from './commands/customers'
import { favouriteChange, favouriteList } from './commands/favourites'
import { pinAdd, pinList, pinRemove } from './commands/pins'
import type { CliIo } from './io'

const collect = (value: string, previous: string[]): string[] => [...previous, value]

function customers(io: CliIo): Command {
  const group = new Command('customers').description(
    'the customers you saved (shared with the app)',
  )
  group
    .command('add')
    .description('save a customer, or add aliases and attributes to a saved one')
    .argument('<name>')
    .option('--alias <alias>', 'another name it goes by (repeatable)', collect, [])
    .option(
      '--attr <key=value>',
      'an attribute such as installerEmail=ops@acme.com (repeatable)',
      collect,
      [],
    )
    .option('--favourite', 'star it: it comes first wherever a customer is asked for', false)
    .action((name: string, options) => customersAdd(io, name, options))
  group
    .command('rm')
    .description('forget a saved customer')
    .argument('<name>')
    .action((name: string) => customersRemove(io, name))
  group
    .command('list')
    .description('the saved customers')
    .option('--json', 'print [{name, aliases, attributes, favourite}]', false)
    .action((options) => customersList(io, options))
  group
    .command('import')
    .description('save customers from a file: one name per line, or CSV name,aliases,<attribute>…')
    .argument('<file>')
    .action((file: string) => customersImport(io, file))
  return group
}

function favourites(io: CliIo): Command {
  const group = new Command('fav').description(
    'your favourite dashboards (the tray menu lists them)',
  )
  for (const action of ['add', 'rm'] as const) {
    group
      .command(action)
      .description(action === 'add' ? 'star a report' : 'unstar a report')
      .argument('<id-or-words...>')
      .action((words: string[]) => favouriteChange(io, action, words))
  }
  group
    .command('list')
    .description('the starred reports')
    .option('--json', 'print [{id, title, url}]', false)
    .action((options) => favouriteList(io, options))
  return group
}

function pins(io: CliIo): Command {
  const group = new Command('pin').description('one-step shortcuts to a report for a customer')
  group
    .command('add')
    .description('pin a report with its customer (and filter values)')
    .argument('<id-or-words...>')
    .requiredOption('--customer <name>', 'the customer it opens for')
    .option('--label <text>', 'its name (default "<title> — <customer>")')
    .option('--set <filter=value>', 'a literal filter value (repeatable)', collect, [])
    .option('--expr <filter=expression>', 'a Looker filter expression (repeatable)', collect, [])
    .option('--hotkey <accelerator>', 'a global hotkey for it, e.g. Ctrl+Alt+1')
    .action((words: string[], options) => pinAdd(io, words, options))
  group
    .command('rm')
    .description('remove a pin')
    .argument('<label...>')
    .action((label: string[]) => pinRemove(io, label.join(' ')))
  group
    .command('list')
    .description('the pins, with the links they open')
    .option('--json', 'print [{label, report, customer, url}]', false)
    .action((options) => pinList(io, options))
  return group
}

/** The commands on the saved state: customers, favourites and pins. */
export function stateCommands(io: CliIo): Command[] {
  return [customers(io), favourites(io), pins(io)]
}

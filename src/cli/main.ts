import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { controlCommand } from './commands/control'
import { listCommand } from './commands/list'
import { searchCommand } from './commands/search'
import { openCommand, urlCommand } from './commands/url'
import { validateCommand } from './commands/validate'
import { CliError, type CliIo } from './io'
import { stateCommands } from './state-commands'
import { StateError } from '../shared/state/operations'

const collect = (value: string, previous: string[]): string[] => [...previous, value]

function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1')
  return n
}

function catalogOption(): Option {
  return new Option('--catalog <path>', 'also load this catalog file or folder (repeatable)')
    .argParser(collect)
    .default([])
}

function reportCommand(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .argument('<id-or-words...>', 'a report id, or words to search for')
    .option('--customer <name>', 'the customer to fill in (name or alias; any new name works)')
    .option(
      '--set <filter=value>',
      'a literal value for a filter (repeatable; values OR)',
      collect,
      [],
    )
    .option(
      '--expr <filter=expression>',
      'a Looker filter expression, as is (repeatable)',
      collect,
      [],
    )
    .addOption(catalogOption())
}

/** The `dashkey` program; `io` carries everything it may touch. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('dashkey')
    .description('Find a BI report and open it prefilled with a customer.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text.trimEnd()),
      writeErr: (text) => io.stderr(text.trimEnd()),
    })
    .showHelpAfterError('(add --help for usage)')

  program
    .command('search')
    .description('list the matching reports, best first')
    .argument('<words...>', 'what to look for; may end with a customer')
    .option('--json', 'print a JSON array', false)
    .option('--limit <n>', 'at most this many results', positiveInt, 10)
    .addOption(catalogOption())
    .action((words: string[], options) => searchCommand(io, words, options))

  program
    .addCommand(
      reportCommand('url', 'print the link of a report, prefilled').action(
        (words: string[], options) => urlCommand(io, words, options),
      ),
    )
    .addCommand(
      reportCommand('open', 'open a report in the browser, prefilled')
        .option('--print', 'print the link instead of opening it', false)
        .action((words: string[], options) => openCommand(io, words, options)),
    )

  program
    .command('list')
    .description('list every report of the catalog')
    .option('--json', 'print a JSON array', false)
    .addOption(catalogOption())
    .action((options) => listCommand(io, options))

  program
    .command('validate')
    .description('check catalog files (the named ones, else the whole catalog)')
    .argument('[files...]', 'catalog files to check on their own')
    .addOption(catalogOption())
    .action((files: string[], options) => validateCommand(io, files, options))

  // These talk to the running app, not the catalog: no --catalog.
  program
    .command('toggle')
    .description("show or hide the running app's window (bind a desktop shortcut to this)")
    .action(() => controlCommand(io, 'toggle'))

  program
    .command('show')
    .description("show the running app's window")
    .action(() => controlCommand(io, 'show'))

  stateCommands(io).forEach((command) => program.addCommand(command))

  // Commander's own errors are re-thrown below, so every subcommand reports the same way.
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout(text.trimEnd()),
      writeErr: (text) => io.stderr(text.trimEnd()),
    })
    command.commands.forEach(configure)
  }
  program.commands.forEach(configure)
  return program
}

/** Runs the command line; returns the exit code (0 done, 1 refused or no match, 2 malformed). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander raises is a malformed line.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof CliError) {
      io.stderr(`dashkey: ${error.message}`)
      return error.exitCode
    }
    if (error instanceof StateError) {
      // A change to the saved state that cannot be made (a duplicate label, a missing pin).
      io.stderr(`dashkey: ${error.message}`)
      return 1
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`dashkey: unexpected error: ${message}`)
    return 1
  }
}

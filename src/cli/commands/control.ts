import { sendControlCommand } from '../../main/services/control-client'
import { cliPaths } from '../context'
import { CliError, type CliIo } from '../io'

/** What the user reads when no app answers on the control endpoint. */
export const NOT_RUNNING_MESSAGE =
  'Dashkey is not running (start it with npm start, or the Dashkey app)'

/**
 * `dashkey toggle` / `dashkey show`: asks the running app, through its control endpoint, to
 * toggle or show its window. Silent when done; desktop shortcuts bind to this.
 */
export async function controlCommand(io: CliIo, command: 'toggle' | 'show'): Promise<void> {
  const outcome = await sendControlCommand(cliPaths(io).controlEndpoint, { command })
  if ('notRunning' in outcome) throw new CliError(NOT_RUNNING_MESSAGE)
  if (!outcome.ok) throw new CliError(outcome.error)
}

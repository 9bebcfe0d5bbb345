import { type CliCommand } from '../command';
import { calendarCommand } from './calendar.command';
import { importCommand } from './import.command';
import { migrateCommand } from './migrate.command';
import { seedCommand } from './seed.command';
import { startCommand } from './start.command';

/** Every `dondoc` subcommand, in the order `dondoc --help` lists them. */
export const commands: readonly CliCommand[] = [startCommand, migrateCommand, seedCommand, importCommand, calendarCommand];

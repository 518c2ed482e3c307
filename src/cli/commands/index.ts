import type { Command } from '../options';
import { calibrateCommand } from './calibrate';
import { compareCommand } from './compare';
import { forecastCommand } from './forecast';

/** Every sub-command of the CLI, in the order `--help` lists them. */
export const commands: readonly Command[] = [forecastCommand, compareCommand, calibrateCommand];

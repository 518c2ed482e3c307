import type { Command } from '../options';
import { calibrateCommand } from './calibrate';
import { compareCommand } from './compare';
import { economicsCommand } from './economics';
import { forecastCommand } from './forecast';
import { reportCommand } from './report';
import { optimiseCommand } from './optimise';
import { simulateCommand } from './simulate';
import { sensitivityCommand } from './sensitivity';
import { solveCommand } from './solve';
import { paybackCommand } from './payback';
import { fitCommand } from './fit';
import { batchCommand } from './batch';

/** Every sub-command of the CLI, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  forecastCommand,
  compareCommand,
  calibrateCommand,
  optimiseCommand,
  economicsCommand,
  reportCommand,
  simulateCommand,
  sensitivityCommand,
  solveCommand,
  paybackCommand,
  fitCommand,
  batchCommand,
];

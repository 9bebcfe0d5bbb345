export { parseCliArgs, type CliOptions } from './cli-args';

// Parses "--name value" pairs and at most one positional argument (a file path or "-" for stdin).
import { readFileSync } from 'node:fs';

export function parseArguments(argv, required, usage) {
  const options = {};
  let input = '-';
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined) {
        fail(`Missing value for ${argument}.\n${usage}`);
      }
      options[argument.slice(2)] = value;
      i++;
    } else {
      input = argument;
    }
  }
  for (const name of required) {
    if (!options[name]) {
      fail(`Missing required option --${name}.\n${usage}`);
    }
  }
  return { options, input };
}

export function readJsonInput(input) {
  const text = readFileSync(input === '-' ? 0 : input, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`The credential in ${input === '-' ? 'standard input' : input} is not valid JSON: ${error.message}`);
  }
}

export function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(2);
}

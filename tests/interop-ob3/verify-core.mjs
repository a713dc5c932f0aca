// Verifies a credential with the Digital Credentials Consortium's @digitalcredentials/verifier-core.
// verifier-core builds its own document loader: bundled contexts, did:key and did:web resolvers, and any other
// http(s) URL fetched with the global fetch. It offers no option to replace that loader, so the only guard is
// lib/loopback-only.mjs, which refuses every connection but loopback ones. knownDIDRegistries is empty, so no
// issuer registry is fetched. The schema check's fetch of the 1EdTech schema is rejected, and verifier-core
// writes that failure to standard output.
// The credential is a URL of a loopback server, a file, or "-" for standard input.
// verifier-core writes some failures with console.log, so the result is the last line of standard output:
// {"signature": bool, "expiration": bool|null, "revocation": bool|null, "errors": [...], "log": [...]}.
import './lib/loopback-only.mjs';
import { verifyCredential } from '@digitalcredentials/verifier-core';
import { parseArguments, readJsonInput } from './lib/arguments.mjs';

const usage = 'Usage: node verify-core.mjs [CREDENTIAL-URL|FILE|-]';
const { input } = parseArguments(process.argv.slice(2), [], usage);
const credential = input.startsWith('http:') ? await fetchCredential(input) : readJsonInput(input);

const result = await verifyCredential({ credential, knownDIDRegistries: [] });
const step = (id) => {
  const entry = (result.log ?? []).find((e) => e.id === id);
  return entry && 'valid' in entry ? entry.valid === true : null;
};
const output = {
  signature: step('valid_signature'),
  expiration: step('expiration'),
  revocation: step('revocation_status'),
  errors: (result.errors ?? []).map((e) => `${e.name}: ${e.message}`),
  log: (result.log ?? []).map(({ id, valid, error }) => ({ id, valid, error: error?.message ?? error?.name })),
};
process.stdout.write('\n' + JSON.stringify(output) + '\n');
process.exit(output.signature === true && output.errors.length === 0 ? 0 : 1);

async function fetchCredential(url) {
  const response = await fetch(url, { headers: { Accept: 'application/vc+ld+json' }, redirect: 'error' });
  if (!response.ok) {
    throw new Error(`GET ${url} returned ${response.status} ${response.statusText}.`);
  }
  return response.json();
}

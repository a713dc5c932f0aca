// Verifies a credential with the Digital Credentials Consortium's @digitalcredentials/verifier-core.
// Prints {"signature": bool, "expiration": bool|null, "revocation": bool|null, "errors": [...]} on stdout.
// verifier-core builds its own document loader, with bundled contexts and an offline did:key resolver, and
// offers no option to replace it. knownDIDRegistries is empty, so no issuer registry is fetched.
import { parseArguments, readJsonInput } from './lib/arguments.mjs';

// verifier-core fetches every credentialSchema URL with the global fetch and catches the failure. The
// replacement below rejects every host but loopback, so the schema check never reaches the internet.
const loopbackFetch = globalThis.fetch;
globalThis.fetch = async (resource, options) => {
  const url = new URL(resource instanceof Request ? resource.url : String(resource));
  if (url.hostname !== '127.0.0.1' && url.hostname !== '[::1]') {
    throw new Error(`Blocked fetch of ${url.href}: the interop tests only reach loopback addresses.`);
  }
  return loopbackFetch(resource, options);
};
// verifier-core logs the failed schema fetch with console.log, and stdout must carry only the result.
console.log = console.error;
const { verifyCredential } = await import('@digitalcredentials/verifier-core');

const usage = 'Usage: node verify-core.mjs [FILE|-]';
const { input } = parseArguments(process.argv.slice(2), [], usage);
const credential = readJsonInput(input);

const result = await verifyCredential({ credential, knownDIDRegistries: [] });
const step = (id) => {
  const entry = (result.log ?? []).find((e) => e.id === id);
  return entry ? entry.valid === true : null;
};
const output = {
  signature: step('valid_signature'),
  expiration: step('expiration'),
  revocation: step('revocation_status'),
  errors: (result.errors ?? []).map((e) => `${e.name}: ${e.message}`),
};
process.stdout.write(JSON.stringify(output) + '\n');
process.exit(output.signature === true && output.errors.length === 0 ? 0 : 1);

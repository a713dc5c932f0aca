// Shows what @digitalcredentials/verifier-core's document loader returns for a verification method id. verifier-core
// builds `securityLoader({ fetchRemoteContexts: true })` of @digitalcredentials/security-document-loader at module
// level. This script builds the same loader and loads the method id with it, such as the platform's key URL
// {tenant}/ob3/keys/{keyId}, so that a test can show which document the cryptosuite then receives as the key. The
// loader ignores a fragment: for an id such as {issuer}#key-1 it returns the whole issuer document.
// Prints {"requested", "documentId", "type", "publicKeyMultibase"} where publicKeyMultibase is true when the
// returned document carries a key.
import './lib/loopback-only.mjs';
import { securityLoader } from '@digitalcredentials/security-document-loader';
import { parseArguments, fail } from './lib/arguments.mjs';

const usage = 'Usage: node core-key-lookup.mjs VERIFICATION-METHOD-URL';
const { input } = parseArguments(process.argv.slice(2), [], usage);
if (!input.startsWith('http:')) {
  fail(`Expected an http verification method id of the test server.\n${usage}`);
}

const documentLoader = securityLoader({ fetchRemoteContexts: true }).build();
const { document } = await documentLoader(input);
process.stdout.write(JSON.stringify({
  requested: input,
  documentId: document.id,
  type: document.type,
  publicKeyMultibase: typeof document.publicKeyMultibase === 'string',
}) + '\n');

// Verifies a credential issued by the platform with Digital Bazaar's @digitalbazaar/vc and eddsa-rdfc-2022
// cryptosuite. The key URL that the proof names, the issuer's controller document (which must allow that key for
// assertionMethod) and the status list credential are fetched over HTTP from the test server (--origin, a loopback
// address). Contexts come from bundled copies. The revocation bit is read by
// @digitalcredentials/vc-bitstring-status-list, which first verifies the status list's own proof.
// The credential is a URL of the test server, a file, or "-" for standard input.
// Prints {"verified", "statusVerified", "revoked", "error", "fetched"}; exits 0 when verified, 1 when not,
// 2 on a usage error.
import './lib/loopback-only.mjs';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import { parseArguments, readJsonInput } from './lib/arguments.mjs';
import { fetchJson, loopbackDocumentLoader, loopbackOrigin } from './lib/loopback-loader.mjs';

const usage = 'Usage: node verify-issued.mjs --origin http://127.0.0.1:PORT (CREDENTIAL-URL|FILE|-)';
const { options, input } = parseArguments(process.argv.slice(2), ['origin'], usage);
const origin = loopbackOrigin(options.origin);
const fetched = [];
const credential = input.startsWith('http:')
  ? await fetchJson(input, { origin, accept: 'application/vc+ld+json', fetched })
  : readJsonInput(input);

const documentLoader = loopbackDocumentLoader({ origin, fetched });
const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

let result;
try {
  result = await vc.verifyCredential({ credential, suite, documentLoader, checkStatus });
} catch (error) {
  result = { verified: false, error };
}

// checkStatus returns an error when the list cannot be read or verified, and a false result per entry whose bit is set.
const status = result.statusResult;
const revoked = status?.error === undefined && (status?.results ?? []).some((entry) => entry.verified === false);
const errors = [result.error, status?.error, ...(result.results ?? []).map((r) => r.error)].filter(Boolean);
const messages = errors.flatMap((e) => (e.errors ? e.errors : [e])).map((e) => e.message ?? String(e));
process.stdout.write(JSON.stringify({
  verified: result.verified === true,
  statusVerified: status?.verified,
  revoked,
  error: messages.join('; ') || undefined,
  fetched: [...new Set(fetched)],
}) + '\n');
process.exit(result.verified === true ? 0 : 1);

// Verifies the eddsa-rdfc-2022 proof of a credential with Digital Bazaar's libraries, offline.
// Prints {"verified": true|false, "error": "..."} on stdout; exits 0 when verified, 1 when not,
// 2 on a usage error. Only the proof is checked: credentialStatus is accepted without fetching
// the status list, because these checks run offline.
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { parseArguments, readJsonInput } from './lib/arguments.mjs';
import { offlineDocumentLoader, controllerOf } from './lib/offline-loader.mjs';

const usage = 'Usage: node verify.mjs --public-key z6Mk... --verification-method ID [--controller IRI] [FILE|-]';
const { options, input } = parseArguments(process.argv.slice(2), ['public-key', 'verification-method'], usage);
const credential = readJsonInput(input);

const verificationMethod = options['verification-method'];
const documentLoader = offlineDocumentLoader({
  verificationMethod,
  controller: options.controller ?? controllerOf(verificationMethod),
  publicKeyMultibase: options['public-key'],
});
const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

let result;
try {
  result = await vc.verifyCredential({ credential, suite, documentLoader, checkStatus: async () => ({ verified: true }) });
} catch (error) {
  result = { verified: false, error };
}

const errors = [result.error, ...(result.results ?? []).map((r) => r.error)].filter(Boolean);
const messages = errors.flatMap((e) => (e.errors ? e.errors : [e])).map((e) => e.message ?? String(e));
process.stdout.write(JSON.stringify({ verified: result.verified === true, error: messages.join('; ') || undefined }) + '\n');
process.exit(result.verified === true ? 0 : 1);

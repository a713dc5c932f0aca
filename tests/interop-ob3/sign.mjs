// Signs a credential with an eddsa-rdfc-2022 Data Integrity proof using Digital Bazaar's
// libraries, offline, and prints the signed credential as JSON on stdout.
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { parseArguments, readJsonInput, fail } from './lib/arguments.mjs';
import { offlineDocumentLoader, controllerOf } from './lib/offline-loader.mjs';

const usage = 'Usage: node sign.mjs --public-key z6Mk... --secret-key zrv... --verification-method ID '
  + '--created 2010-01-01T19:23:24Z [--controller IRI] [FILE|-]';
const { options, input } = parseArguments(process.argv.slice(2), ['public-key', 'secret-key', 'verification-method', 'created'], usage);
const credential = readJsonInput(input);

const verificationMethod = options['verification-method'];
const controller = options.controller ?? controllerOf(verificationMethod);
const keyPair = await Ed25519Multikey.from({
  id: verificationMethod,
  controller,
  publicKeyMultibase: options['public-key'],
  secretKeyMultibase: options['secret-key'],
});
const documentLoader = offlineDocumentLoader({ verificationMethod, controller, publicKeyMultibase: options['public-key'] });
const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022, date: options.created });

try {
  const signed = await vc.issue({ credential, suite, documentLoader });
  process.stdout.write(JSON.stringify(signed) + '\n');
} catch (error) {
  fail(`Signing failed: ${error.message}`);
}

// Verifies a credential issued by the platform with Digital Bazaar's libraries, offline. Standard input is
// {"credential": {...}, "documents": {"<url>": {...}}}: the issuer's controller document and the status list
// credential, as the test fetched them from the platform. Verification methods are served from the controller
// document's verificationMethod entries. The revocation bit of a BitstringStatusListEntry is read from the
// status list credential after verifying that credential's own proof.
// Prints {"verified", "statusVerified", "revoked", "error"}; exits 0 when verified, 1 when not, 2 on a usage error.
import { gunzipSync } from 'node:zlib';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { securityLoader } from '@digitalcredentials/security-document-loader';
import { readJsonInput, fail } from './lib/arguments.mjs';

const MULTIKEY_CONTEXT_URL = 'https://w3id.org/security/multikey/v1';

const input = readJsonInput(process.argv[2] ?? '-');
if (!input.credential || typeof input.documents !== 'object') {
  fail('Standard input must be {"credential": {...}, "documents": {"<url>": {...}}}.');
}

const loader = securityLoader({ fetchRemoteContexts: false });
for (const [url, document] of Object.entries(input.documents)) {
  loader.addStatic(url, document);
  for (const method of document.verificationMethod ?? []) {
    loader.addStatic(method.id, { '@context': MULTIKEY_CONTEXT_URL, ...method });
  }
}
const documentLoader = loader.build();
const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

let revoked = false;
async function checkStatus({ credential }) {
  const entries = [credential.credentialStatus ?? []].flat();
  for (const entry of entries.filter((e) => e.type === 'BitstringStatusListEntry' && e.statusPurpose === 'revocation')) {
    const { document: list } = await documentLoader(entry.statusListCredential);
    const listResult = await vc.verifyCredential({ credential: list, suite, documentLoader, checkStatus: async () => ({ verified: true }) });
    if (!listResult.verified) {
      return { verified: false, error: new Error(`The status list ${entry.statusListCredential} does not verify.`) };
    }
    const issuerOf = (c) => (typeof c.issuer === 'object' ? c.issuer.id : c.issuer);
    if (issuerOf(list) !== issuerOf(credential)) {
      return { verified: false, error: new Error('The status list has another issuer than the credential.') };
    }
    const encoded = list.credentialSubject.encodedList;
    const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    const index = Number.parseInt(entry.statusListIndex, 10);
    if ((bits[index >> 3] & (0x80 >> (index & 7))) !== 0) {
      revoked = true;
      return { verified: false, error: new Error(`The credential is revoked (status list index ${index}).`) };
    }
  }
  return { verified: true };
}

let result;
try {
  result = await vc.verifyCredential({ credential: input.credential, suite, documentLoader, checkStatus });
} catch (error) {
  result = { verified: false, error };
}

const errors = [result.error, result.statusResult?.error, ...(result.results ?? []).map((r) => r.error)].filter(Boolean);
const messages = errors.flatMap((e) => (e.errors ? e.errors : [e])).map((e) => e.message ?? String(e));
process.stdout.write(JSON.stringify({
  verified: result.verified === true,
  statusVerified: result.statusResult?.verified,
  revoked,
  error: messages.join('; ') || undefined,
}) + '\n');
process.exit(result.verified === true ? 0 : 1);

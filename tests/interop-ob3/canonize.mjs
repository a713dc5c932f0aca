// Prints the RDFC-1.0 canonical N-Quads of a JSON-LD document computed by jsonld.js in safe mode,
// offline, to compare with the C# canonicalizer. Exits 1 when jsonld.js rejects the document.
import jsonld from 'jsonld';
import { securityLoader } from '@digitalcredentials/security-document-loader';
import { readJsonInput } from './lib/arguments.mjs';

const input = process.argv[2] ?? '-';
const document = readJsonInput(input);
const documentLoader = securityLoader({ fetchRemoteContexts: false }).build();

try {
  const canonical = await jsonld.canonize(document, {
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
    safe: true,
    documentLoader,
  });
  process.stdout.write(canonical);
} catch (error) {
  process.stderr.write(`jsonld.js could not canonicalize the document: ${error.message}\n`);
  process.exit(1);
}

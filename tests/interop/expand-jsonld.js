// Expands JSON-LD documents with the jsonld package (jsonld.js), fully offline.
// Usage: node expand-jsonld.js <documents.json> <context-url>=<context-file> [...]
// <documents.json> holds a JSON array of documents. Prints a JSON array with, for each document,
// {"ok": true, "expanded": [...]} or {"ok": false, "error": "..."}. Any context URL that is not
// mapped on the command line makes the expansion of that document fail instead of being fetched.
'use strict';

const fs = require('fs');
const jsonld = require('jsonld');

const [documentsPath, ...mappings] = process.argv.slice(2);
if (!documentsPath || mappings.length === 0) {
  console.error('Usage: node expand-jsonld.js <documents.json> <context-url>=<context-file> [...]');
  process.exit(2);
}

const contexts = new Map(mappings.map((mapping) => {
  const separator = mapping.indexOf('=');
  const url = mapping.slice(0, separator);
  return [url, JSON.parse(fs.readFileSync(mapping.slice(separator + 1), 'utf8'))];
}));

async function offlineLoader(url) {
  if (!contexts.has(url)) {
    throw new Error(`Context ${url} is not bundled; this loader never uses the network.`);
  }
  return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
}

async function main() {
  const documents = JSON.parse(fs.readFileSync(documentsPath, 'utf8'));
  const results = [];
  for (const document of documents) {
    try {
      const expanded = await jsonld.expand(document, { documentLoader: offlineLoader, safe: true });
      results.push({ ok: true, expanded });
    } catch (error) {
      results.push({ ok: false, error: `${error.name}: ${error.message} ${JSON.stringify(error.details ?? {})}` });
    }
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

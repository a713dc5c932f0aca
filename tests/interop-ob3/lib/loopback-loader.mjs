// A JSON-LD document loader for credentials issued by the test server: the contexts bundled with
// @digitalcredentials/security-document-loader (never fetched), and every other http URL fetched from the one
// loopback origin given, such as http://127.0.0.1:41234. Any other URL is rejected. The platform's key URLs
// ({tenant}/ob3/keys/{keyId}) serve the Multikey document and are returned as fetched. A URL with a fragment, such
// as the {issuer}#key-1 of credentials signed before key URLs, is dereferenced as JSON-LD does: the document is
// fetched without the fragment and the node whose id is the full URL is returned.
import { securityLoader } from '@digitalcredentials/security-document-loader';
import { isLoopbackHost } from './loopback-only.mjs';

const MULTIKEY_CONTEXT_URL = 'https://w3id.org/security/multikey/v1';
const JSON_LD_ACCEPT = 'application/ld+json, application/json';

/** Returns the origin after checking that it is an http URL of a loopback address. */
export function loopbackOrigin(origin) {
  const url = new URL(origin);
  if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname)) {
    throw new Error(`The origin '${origin}' is not an http URL of 127.0.0.1 or [::1]; pass the test server's address.`);
  }
  return url.origin;
}

/** GETs a JSON document from the allowed origin, without following redirects. */
export async function fetchJson(url, { origin, accept = JSON_LD_ACCEPT, fetched = [] }) {
  const target = new URL(url);
  if (target.origin !== origin) {
    throw new Error(`Rejected ${url}: this loader fetches documents of ${origin} only and serves contexts from its bundled copies.`);
  }
  target.hash = '';
  fetched.push(target.href);
  const response = await fetch(target, { headers: { Accept: accept }, redirect: 'error' });
  if (!response.ok) {
    throw new Error(`GET ${target.href} returned ${response.status} ${response.statusText}.`);
  }
  return response.json();
}

/**
 * Builds the loader. `fetched` collects the URLs fetched over HTTP, so that callers can show which documents
 * came from the server.
 */
export function loopbackDocumentLoader({ origin, fetched = [] }) {
  const allowed = loopbackOrigin(origin);
  const loader = securityLoader({ fetchRemoteContexts: false });
  const reject = {
    async get({ url }) {
      throw new Error(`Rejected ${url}: this loader fetches documents of ${allowed} only and serves contexts from its bundled copies.`);
    },
  };
  loader.setProtocolHandler({ protocol: 'https', handler: reject });
  loader.setProtocolHandler({
    protocol: 'http',
    handler: {
      async get({ url }) {
        const document = await fetchJson(url, { origin: allowed, fetched });
        return url.includes('#') ? nodeWithId(document, url) : document;
      },
    },
  });
  return loader.build();
}

/** Finds the verification method `id` in a controller document, with the Multikey context it is defined by. */
function nodeWithId(document, id) {
  const method = (document.verificationMethod ?? []).find((m) => m.id === id);
  if (!method) {
    throw new Error(`The document ${document.id} lists no verification method ${id}.`);
  }
  return { '@context': MULTIKEY_CONTEXT_URL, ...method };
}

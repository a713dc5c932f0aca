// Builds a JSON-LD document loader that never uses the network: the contexts bundled with
// @digitalcredentials/security-document-loader (fetchRemoteContexts: false), plus a controller
// document and its Multikey verification method served from memory.
import { securityLoader } from '@digitalcredentials/security-document-loader';

const MULTIKEY_CONTEXT_URL = 'https://w3id.org/security/multikey/v1';

export function verificationMethodDocument({ verificationMethod, controller, publicKeyMultibase }) {
  return {
    '@context': MULTIKEY_CONTEXT_URL,
    id: verificationMethod,
    type: 'Multikey',
    controller,
    publicKeyMultibase,
  };
}

export function controllerDocument({ verificationMethod, controller, publicKeyMultibase }) {
  const method = verificationMethodDocument({ verificationMethod, controller, publicKeyMultibase });
  return {
    '@context': ['https://www.w3.org/ns/did/v1', MULTIKEY_CONTEXT_URL],
    id: controller,
    verificationMethod: [method],
    assertionMethod: [verificationMethod],
  };
}

export function offlineDocumentLoader(keyDescription) {
  const loader = securityLoader({ fetchRemoteContexts: false });
  loader.addStatic(keyDescription.controller, controllerDocument(keyDescription));
  loader.addStatic(keyDescription.verificationMethod, verificationMethodDocument(keyDescription));
  return loader.build();
}

/** Returns the controller IRI of a verification method id: the part before '#'. */
export function controllerOf(verificationMethod) {
  const hash = verificationMethod.indexOf('#');
  if (hash <= 0) {
    throw new Error(`The verification method '${verificationMethod}' has no '#fragment', so its controller cannot be derived; pass --controller.`);
  }
  return verificationMethod.slice(0, hash);
}

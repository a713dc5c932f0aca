// Limits every HTTP connection of this node process to loopback addresses. The verifier libraries and their HTTP
// clients call node's global fetch, which sends its requests through undici's global dispatcher. This module
// installs a dispatcher whose connector rejects any other host, so no test can reach the internet.
import { Agent, buildConnector, setGlobalDispatcher } from 'undici';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', '[::1]']);

export function isLoopbackHost(hostname) {
  return LOOPBACK_HOSTS.has(hostname);
}

const connectToLoopback = buildConnector({});
setGlobalDispatcher(new Agent({
  connect(options, callback) {
    if (!isLoopbackHost(options.hostname)) {
      callback(new Error(`Rejected a connection to ${options.hostname}: the interop tests reach 127.0.0.1 and [::1] only.`), null);
      return;
    }
    connectToLoopback(options, callback);
  },
}));

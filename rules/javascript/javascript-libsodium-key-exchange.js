import sodium from "libsodium-wrappers";

export function session(clientPk, clientSk, serverPk, serverSk) {
  // ruleid: javascript-libsodium-key-exchange -> X25519 function=keyderive
  const client = sodium.crypto_kx_client_session_keys(clientPk, clientSk, serverPk);
  // ruleid: javascript-libsodium-key-exchange -> X25519
  const server = sodium.crypto_kx_server_session_keys(serverPk, serverSk, clientPk);
  // ruleid: javascript-libsodium-key-exchange -> X25519
  const shared = sodium.crypto_scalarmult(clientSk, serverPk);
  // ok: javascript-libsodium-key-exchange
  const pair = sodium.crypto_kx_keypair();
  return [client, server, shared, pair];
}

#include <sodium.h>

int agree(unsigned char *rx, unsigned char *tx, const unsigned char *pk, const unsigned char *sk,
          const unsigned char *peer, unsigned char *shared) {
    // ruleid: c-libsodium-key-exchange -> X25519 function=keyderive
    if (crypto_scalarmult(shared, sk, peer) != 0)
        return -1;
    // ruleid: c-libsodium-key-exchange -> X25519
    crypto_box_beforenm(shared, peer, sk);
    // ruleid: c-libsodium-key-exchange -> X25519
    if (crypto_kx_client_session_keys(rx, tx, pk, sk, peer) != 0)
        return -1;
    // ruleid: c-libsodium-key-exchange -> X25519
    crypto_kx_server_session_keys(rx, tx, pk, sk, peer);
    // ok: c-libsodium-key-exchange
    crypto_scalarmult_base(shared, sk);
    // ok: c-libsodium-key-exchange
    return crypto_scalarmult_ed25519(shared, sk, peer);
}

#include <sodium.h>

void keys(void) {
    unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
    unsigned char spk[crypto_sign_PUBLICKEYBYTES], ssk[crypto_sign_SECRETKEYBYTES];
    unsigned char seed[32];
    // ruleid: c-libsodium-keypair -> X25519 function=keygen
    crypto_box_keypair(pk, sk);
    // ruleid: c-libsodium-keypair -> X25519
    crypto_kx_keypair(pk, sk);
    // ruleid: c-libsodium-keypair -> X25519
    crypto_scalarmult_base(pk, sk);
    // ruleid: c-libsodium-keypair -> Ed25519
    crypto_sign_keypair(spk, ssk);
    // ruleid: c-libsodium-keypair -> Ed25519
    if (crypto_sign_seed_keypair(spk, ssk, seed) != 0) return;
    // ok: c-libsodium-keypair
    crypto_secretbox_keygen(seed);
    // ok: c-libsodium-keypair
    crypto_sign_ed25519_sk_to_curve25519(sk, ssk);
}

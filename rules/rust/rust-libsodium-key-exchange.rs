use libsodium_sys as sodium;

unsafe fn agree(client_pk: &[u8], client_sk: &[u8], server_pk: &[u8]) {
    let mut rx = [0u8; 32];
    let mut tx = [0u8; 32];
    // ruleid: rust-libsodium-key-exchange -> X25519 function=keyderive
    sodium::crypto_kx_client_session_keys(rx.as_mut_ptr(), tx.as_mut_ptr(), client_pk.as_ptr(), client_sk.as_ptr(), server_pk.as_ptr());
    // ruleid: rust-libsodium-key-exchange -> X25519
    sodium::crypto_scalarmult(q.as_mut_ptr(), n.as_ptr(), p.as_ptr());
    // ok: rust-libsodium-key-exchange
    let n = sodium::crypto_kx_sessionkeybytes();
}

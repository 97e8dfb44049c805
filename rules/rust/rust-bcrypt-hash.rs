use bcrypt::{hash, verify, DEFAULT_COST};

fn store(password: &str) -> String {
    // ruleid: rust-bcrypt-hash -> bcrypt function=keyderive
    let hashed = hash(password, DEFAULT_COST).unwrap();
    // ruleid: rust-bcrypt-hash -> bcrypt
    let parts = bcrypt::hash_with_result(password, 12).unwrap();
    // ok: rust-bcrypt-hash
    let valid = verify(password, &hashed).unwrap();
    // ok: rust-bcrypt-hash
    let h = std::hash::Hash::hash(&password, &mut hasher);
    hashed
}

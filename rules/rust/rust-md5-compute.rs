fn checksum(data: &[u8]) -> String {
    // ruleid: rust-md5-compute -> MD5 function=digest
    let digest = md5::compute(data);
    // ruleid: rust-md5-compute -> MD5
    let hex = format!("{:x}", md5::compute(b"The quick brown fox jumps over the lazy dog"));
    // ruleid: rust-md5-compute -> MD5
    let mut ctx = md5::Context::new();
    ctx.consume(data);
    // ok: rust-md5-compute
    let other = sha1::compute(data);
    // ok: rust-md5-compute
    let s = "md5::compute(data)";
    hex
}

from Crypto.Hash import keccak


def digest(data):
    # ruleid: python-pycryptodome-keccak -> Keccak-256 function=digest
    k = keccak.new(digest_bits=256)
    k.update(data)
    # ruleid: python-pycryptodome-keccak -> Keccak-512
    big = keccak.new(data=data, digest_bytes=64)
    # ok: python-pycryptodome-keccak
    sha3 = SHA3_256.new(data)
    return k.hexdigest(), big, sha3

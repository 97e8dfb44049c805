from cryptography.hazmat.primitives.asymmetric import ed448, x25519, x448
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def keys(raw):
    # ruleid: python-cryptography-ed-x-keygen -> Ed25519 function=keygen
    signer = Ed25519PrivateKey.generate()
    # ruleid: python-cryptography-ed-x-keygen -> Ed448
    big = ed448.Ed448PrivateKey.generate()
    # ruleid: python-cryptography-ed-x-keygen -> X25519
    kex = x25519.X25519PrivateKey.generate()
    # ruleid: python-cryptography-ed-x-keygen -> X448
    kex448 = x448.X448PrivateKey.generate()
    # ok: python-cryptography-ed-x-keygen
    loaded = Ed25519PrivateKey.from_private_bytes(raw)
    # ok: python-cryptography-ed-x-keygen
    nacl_key = PrivateKey.generate()
    return signer, big, kex, kex448, loaded, nacl_key

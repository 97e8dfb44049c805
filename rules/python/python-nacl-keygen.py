import nacl.signing
from nacl.public import PrivateKey
from nacl.signing import SigningKey


def keys():
    # ruleid: python-nacl-keygen -> X25519 function=keygen
    sk = PrivateKey.generate()
    # ruleid: python-nacl-keygen -> Ed25519
    signer = SigningKey.generate()
    # ruleid: python-nacl-keygen -> Ed25519
    other = nacl.signing.SigningKey.generate()
    # ok: python-nacl-keygen
    ecdsa_key = ecdsa.SigningKey.generate(curve=ecdsa.NIST256p)
    # ok: python-nacl-keygen
    cg = Ed25519PrivateKey.generate()
    return sk, signer, other, ecdsa_key, cg

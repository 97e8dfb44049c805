import ecdsa
from ecdsa import NIST256p, NIST384p, SECP256k1, Ed25519, SigningKey


def keys():
    # ruleid: python-ecdsa-keygen -> ECDSA-P-256 function=keygen
    sk = SigningKey.generate(curve=NIST256p)
    # ruleid: python-ecdsa-keygen -> ECDSA-secp256k1
    btc = SigningKey.generate(curve=SECP256k1)
    # ruleid: python-ecdsa-keygen -> ECDSA-P-384
    big = ecdsa.SigningKey.generate(curve=ecdsa.NIST384p, hashfunc=hashlib.sha384)
    # ruleid: python-ecdsa-keygen -> ECDSA-P-192
    default = SigningKey.generate()
    # ruleid: python-ecdsa-keygen -> Ed25519
    ed = SigningKey.generate(curve=Ed25519)
    # ok: python-ecdsa-keygen
    nacl_key = nacl.signing.SigningKey.generate()
    # ok: python-ecdsa-keygen
    loaded = SigningKey.from_pem(open("key.pem").read())
    return sk, btc, big, default, ed, nacl_key, loaded

from Crypto.Hash import SHA256
from Crypto.Signature import pkcs1_15, pss, PKCS1_v1_5
from Cryptodome.Signature import eddsa


def sign(key, message):
    h = SHA256.new(message)
    # ruleid: python-pycryptodome-signature -> RSA function=sign
    signature = pkcs1_15.new(key).sign(h)
    # ruleid: python-pycryptodome-signature -> RSA-PSS
    p = pss.new(key).sign(h)
    # ruleid: python-pycryptodome-signature -> RSA
    legacy = PKCS1_v1_5.new(key)
    # ruleid: python-pycryptodome-signature -> EdDSA
    ed = eddsa.new(key, "rfc8032")
    # ok: python-pycryptodome-signature
    verifier = pkcs1_15_verify(key)
    return signature, p, legacy.sign(h), ed, verifier

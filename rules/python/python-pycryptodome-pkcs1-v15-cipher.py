from Crypto.Cipher import PKCS1_v1_5
from Crypto.Signature import PKCS1_v1_5 as PKCS1_sig


def wrap(key, secret, h):
    # ruleid: python-pycryptodome-pkcs1-v15-cipher -> RSA-PKCS1-1.5 function=encrypt
    cipher = PKCS1_v1_5.new(key)
    # ruleid: python-pycryptodome-pkcs1-v15-cipher -> RSA-PKCS1-1.5
    ct = PKCS1_v1_5.new(key).encrypt(secret)
    # ok: python-pycryptodome-pkcs1-v15-cipher
    signer = PKCS1_sig.new(key)
    return cipher, ct, signer.sign(h)

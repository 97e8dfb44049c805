from Crypto.Cipher import PKCS1_OAEP
from Crypto.Hash import SHA256
from Cryptodome.Cipher import PKCS1_OAEP as OAEP
from Cryptodome.Hash import SHA512


def wrap(key, secret):
    # ruleid: python-pycryptodome-pkcs1-oaep -> RSA-OAEP-SHA-1 function=encrypt
    cipher = PKCS1_OAEP.new(key)
    # ruleid: python-pycryptodome-pkcs1-oaep -> RSA-OAEP-SHA-256
    c2 = PKCS1_OAEP.new(key, hashAlgo=SHA256).encrypt(secret)
    # ruleid: python-pycryptodome-pkcs1-oaep -> RSA-OAEP-SHA-512
    c3 = OAEP.new(key, SHA512)
    # ok: python-pycryptodome-pkcs1-oaep
    c4 = PKCS1_v1_5.new(key)
    return cipher.encrypt(secret), c2, c3, c4

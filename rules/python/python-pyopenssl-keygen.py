from OpenSSL import crypto
from OpenSSL.crypto import PKey, TYPE_DSA

BITS = 4096


def make_keys(bits):
    key = crypto.PKey()
    # ruleid: python-pyopenssl-keygen -> RSA-2048 function=keygen
    key.generate_key(crypto.TYPE_RSA, 2048)
    # ruleid: python-pyopenssl-keygen -> DSA-1024
    dsa = PKey().generate_key(TYPE_DSA, 1024)
    big = crypto.PKey()
    # ruleid: python-pyopenssl-keygen -> RSA-4096
    big.generate_key(crypto.TYPE_RSA, BITS)
    # ruleid: python-pyopenssl-keygen -> DSA-2048
    big.generate_key(type=crypto.TYPE_DSA, bits=2048)
    # ruleid: python-pyopenssl-keygen -> RSA unresolved=size
    key.generate_key(crypto.TYPE_RSA, bits)
    # ok: python-pyopenssl-keygen
    fkey = Fernet.generate_key()
    # ok: python-pyopenssl-keygen
    aes = AESGCM.generate_key(bit_length=256)
    return key, dsa, big, fkey, aes

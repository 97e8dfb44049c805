from Crypto.Hash import SHA256, SHA512
from Crypto.Protocol.KDF import HKDF
from Cryptodome.Protocol import KDF


def derive(master, salt):
    # ruleid: python-pycryptodome-hkdf -> HKDF-SHA-256 function=keyderive
    k1 = HKDF(master, 32, salt, SHA256)
    # ruleid: python-pycryptodome-hkdf -> HKDF-SHA-512
    k2 = KDF.HKDF(master, 64, salt, SHA512, num_keys=2)
    # ruleid: python-pycryptodome-hkdf -> HKDF-SHA-256
    k3 = HKDF(master=master, key_len=32, salt=salt, hashmod=SHA256)
    # ok: python-pycryptodome-hkdf
    other = HKDFExpand(master, 32)
    return k1, k2, k3, other

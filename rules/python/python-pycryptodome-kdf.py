from Crypto.Protocol.KDF import PBKDF1, bcrypt, scrypt
from Cryptodome.Protocol import KDF


def derive(password, salt):
    # ruleid: python-pycryptodome-kdf -> scrypt function=keyderive
    key = scrypt(password, salt, 32, N=2**20, r=8, p=1)
    # ruleid: python-pycryptodome-kdf -> bcrypt
    hashed = bcrypt(password, 12)
    # ruleid: python-pycryptodome-kdf -> scrypt
    k2 = KDF.scrypt(password, salt, key_len=32, N=16384, r=8, p=1)
    # ruleid: python-pycryptodome-kdf -> PBKDF1
    old = PBKDF1(password, salt, 16, count=1000)
    # ok: python-pycryptodome-kdf
    other = hashlib.scrypt(password, salt=salt, n=16384, r=8, p=1)
    return key, hashed, k2, old, other

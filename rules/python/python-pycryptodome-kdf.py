from Crypto.Hash import HMAC, SHA256
from Crypto.Protocol.KDF import PBKDF1, SP800_108_Counter, bcrypt, scrypt
from Cryptodome.Protocol import KDF


def derive(password, salt, prf):
    # ruleid: python-pycryptodome-kdf -> scrypt function=keyderive
    key = scrypt(password, salt, 32, N=2**20, r=8, p=1)
    # ruleid: python-pycryptodome-kdf -> bcrypt
    hashed = bcrypt(password, 12)
    # ruleid: python-pycryptodome-kdf -> scrypt
    k2 = KDF.scrypt(password, salt, key_len=32, N=16384, r=8, p=1)
    # ruleid: python-pycryptodome-kdf -> PBKDF1
    old = PBKDF1(password, salt, 16, count=1000)
    # ruleid: python-pycryptodome-kdf -> SP800-108-CounterKDF
    sub = SP800_108_Counter(master=key, key_len=16, prf=lambda s, x: HMAC.new(s, x, SHA256).digest())
    # ruleid: python-pycryptodome-kdf -> SP800-108-CounterKDF
    keys = KDF.SP800_108_Counter(key, 32, prf, num_keys=2, label=b"enc")
    # ok: python-pycryptodome-kdf
    other = hashlib.scrypt(password, salt=salt, n=16384, r=8, p=1)
    return key, hashed, k2, old, sub, keys, other

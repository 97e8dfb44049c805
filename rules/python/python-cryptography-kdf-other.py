import os

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


def derive(password):
    salt = os.urandom(16)
    # ruleid: python-cryptography-kdf-other -> scrypt function=keyderive
    s = Scrypt(salt=salt, length=32, n=2**14, r=8, p=1)
    # ruleid: python-cryptography-kdf-other -> Argon2id note=3_iterations
    a = Argon2id(salt=salt, length=32, iterations=3, lanes=4, memory_cost=64 * 1024)
    # ok: python-cryptography-kdf-other
    key = s.derive(password)
    return s, a, key

import os

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

ITERATIONS = 480000


def derive(password, salt, rounds):
    # ruleid: python-cryptography-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=480000_iterations
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=ITERATIONS)
    # ruleid: python-cryptography-pbkdf2 -> PBKDF2-SHA-1 note=1000_iterations
    weak = PBKDF2HMAC(
        algorithm=hashes.SHA1(),
        length=16,
        salt=salt,
        iterations=1000,
        backend=default_backend(),
    )
    # ruleid: python-cryptography-pbkdf2 -> PBKDF2-SHA-512 note=100000_iterations
    positional = PBKDF2HMAC(hashes.SHA512(), 64, salt, 100000, default_backend())
    # ruleid: python-cryptography-pbkdf2 -> PBKDF2-SHA-256 unresolved=iterations
    reordered = PBKDF2HMAC(salt=salt, length=32, algorithm=hashes.SHA256(), iterations=rounds)
    # ok: python-cryptography-pbkdf2
    key = kdf.derive(password)
    return kdf, weak, positional, reordered, key

import hashlib
from hashlib import pbkdf2_hmac

ITERATIONS = 600_000
PRF = "sha512"


def derive(password: bytes, salt: bytes, rounds):
    # ruleid: python-hashlib-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=100000_iterations
    a = hashlib.pbkdf2_hmac("sha256", password, salt, 100000)
    # ruleid: python-hashlib-pbkdf2 -> PBKDF2-SHA-512 note=600000_iterations
    b = pbkdf2_hmac(PRF, password, salt, ITERATIONS, dklen=64)
    # ruleid: python-hashlib-pbkdf2 -> PBKDF2-SHA-1 unresolved=iterations
    c = hashlib.pbkdf2_hmac('sha1', password, salt, rounds)
    # ruleid: python-hashlib-pbkdf2 -> PBKDF2-SHA-256
    d = hashlib.pbkdf2_hmac(
        "sha256",
        password,
        salt,
        1000,
    ).hex()
    # ruleid: python-hashlib-pbkdf2 -> PBKDF2-SHA-512 note=210000_iterations
    f = hashlib.pbkdf2_hmac(hash_name="sha512", password=password, salt=salt, iterations=210000, dklen=64)
    # ok: python-hashlib-pbkdf2
    e = passlib_pbkdf2(password, salt, 1000)
    return a, b, c, d, e

from argon2 import PasswordHasher, Type
from argon2.low_level import hash_secret_raw


def store(password, salt):
    # ruleid: python-argon2-cffi -> Argon2id function=keyderive
    ph = PasswordHasher()
    # ruleid: python-argon2-cffi -> Argon2i note=4_iterations
    legacy = PasswordHasher(time_cost=4, memory_cost=65536, type=Type.I)
    # ruleid: python-argon2-cffi -> Argon2id
    raw = hash_secret_raw(password, salt, time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, type=Type.ID)
    # ok: python-argon2-cffi
    h = ph.hash(password)
    return ph, legacy, raw, h

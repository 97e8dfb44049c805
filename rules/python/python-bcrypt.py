import bcrypt


def store(password: bytes, stored: bytes, salt: bytes):
    # ruleid: python-bcrypt -> bcrypt function=keyderive
    hashed = bcrypt.hashpw(password, bcrypt.gensalt(rounds=12))
    # ruleid: python-bcrypt -> bcrypt
    ok = bcrypt.checkpw(password, stored)
    # ruleid: python-bcrypt -> bcrypt note=100_iterations
    key = bcrypt.kdf(password=password, salt=salt, desired_key_bytes=32, rounds=100)
    # ok: python-bcrypt
    salt2 = bcrypt.gensalt()
    # ok: python-bcrypt
    other = passlib_bcrypt.hash(password)
    return hashed, ok, key, salt2, other

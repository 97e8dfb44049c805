import hashlib


def derive(password, salt):
    # ruleid: python-hashlib-scrypt -> scrypt function=keyderive
    key = hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1, dklen=32)
    # ruleid: python-hashlib-scrypt -> scrypt
    other = hashlib.scrypt(password.encode(), salt=salt, n=16384, r=8, p=1)
    # ok: python-hashlib-scrypt
    third = pyscrypt.hash(password, salt, 1024, 1, 1, 32)
    return key, other, third

from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import algorithms


def tag(key, data):
    # ruleid: python-cryptography-cmac -> AES-CMAC function=tag
    c = cmac.CMAC(algorithms.AES(key))
    c.update(data)
    # ruleid: python-cryptography-cmac -> CMAC
    d = cmac.CMAC(algorithms.TripleDES(key))
    # ok: python-cryptography-cmac
    e = other.CMAC(key)
    return c.finalize(), d, e

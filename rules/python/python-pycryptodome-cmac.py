from Crypto.Cipher import AES, DES3
from Crypto.Hash import CMAC


def tag(key, msg):
    # ruleid: python-pycryptodome-cmac -> AES-CMAC function=tag
    c = CMAC.new(key, ciphermod=AES)
    # ruleid: python-pycryptodome-cmac -> AES-CMAC
    d = CMAC.new(key, msg, AES)
    # ruleid: python-pycryptodome-cmac -> CMAC
    e = CMAC.new(key, msg=msg, ciphermod=DES3)
    # ruleid: python-pycryptodome-cmac -> AES-CMAC
    g = CMAC.new(key, AES)
    # ruleid: python-pycryptodome-cmac -> unknown unresolved=algorithm
    h = CMAC.new(key, msg)
    # ruleid: python-pycryptodome-cmac -> unknown unresolved=algorithm
    i = CMAC.new(key, b"header")
    # ok: python-pycryptodome-cmac
    f = HMAC.new(key, msg)
    return c.hexdigest(), d, e, f, g, h, i

import pyaes
from pyaes import AESModeOfOperationCBC


def encrypt(key, iv, data):
    # ruleid: python-pyaes -> AES-CTR function=encrypt
    ctr = pyaes.AESModeOfOperationCTR(key)
    # ruleid: python-pyaes -> AES-CBC
    cbc = AESModeOfOperationCBC(key, iv=iv)
    # ruleid: python-pyaes -> AES-ECB
    enc = pyaes.Encrypter(pyaes.AESModeOfOperationECB(key))
    # ruleid: python-pyaes -> AES
    block = pyaes.AES(key)
    # ok: python-pyaes
    out = enc.feed(data) + enc.feed()
    return ctr.encrypt(data), cbc, block, out

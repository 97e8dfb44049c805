import os

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import ciphers
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.algorithms import AES
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES, Blowfish, ARC4


def encrypt(key, iv, nonce, data):
    # ruleid: python-cryptography-cipher -> AES-GCM mode=gcm function=encrypt
    gcm = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    # ruleid: python-cryptography-cipher -> AES-CBC mode=cbc
    cbc = Cipher(algorithms.AES(key), modes.CBC(iv), backend=default_backend())
    # ruleid: python-cryptography-cipher -> AES-ECB
    ecb = Cipher(AES(key), modes.ECB(), default_backend()).encryptor()
    # ruleid: python-cryptography-cipher -> AES-CTR
    ctr = ciphers.Cipher(algorithms.AES(key), modes.CTR(nonce))
    # ruleid: python-cryptography-cipher -> AES-128-CBC
    a128 = Cipher(algorithms.AES128(key), modes.CBC(iv))
    # ruleid: python-cryptography-cipher -> 3DES mode=cbc
    tdes = Cipher(TripleDES(key), modes.CBC(iv[:8]))
    # ruleid: python-cryptography-cipher -> Blowfish-CBC
    bf = Cipher(Blowfish(key), modes.CBC(iv[:8]))
    # ruleid: python-cryptography-cipher -> RC4
    rc4 = Cipher(ARC4(key), mode=None)
    # ruleid: python-cryptography-cipher -> ChaCha20
    chacha = Cipher(algorithms.ChaCha20(key, nonce), None)
    # ruleid: python-cryptography-cipher -> CAMELLIA mode=ofb
    cam = Cipher(algorithms.Camellia(key), modes.OFB(iv))
    # ruleid: python-cryptography-cipher -> AES-XTS
    xts = Cipher(
        algorithms.AES(key),
        modes.XTS(iv),
    )
    # ruleid: python-cryptography-cipher -> CAST5 mode=cfb
    cast = Cipher(algorithms.CAST5(key), modes.CFB(iv))
    # ruleid: python-cryptography-cipher -> AES-OFB
    kw = Cipher(algorithms.AES(key), mode=modes.OFB(iv))
    algo = algorithms.AES(key)
    mode = modes.CBC(iv)
    # ruleid: python-cryptography-cipher -> AES-CBC
    via_names = Cipher(algo, mode, backend=default_backend())
    # ok: python-cryptography-cipher
    mine = MyCipher(algorithms.AES(key), modes.GCM(iv))
    # ok: python-cryptography-cipher
    enc = gcm.update(data) + gcm.finalize()
    return gcm, cbc, ecb, ctr, a128, tdes, bf, rc4, chacha, cam, xts, cast, mine, enc

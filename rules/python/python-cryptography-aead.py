import os

from cryptography.hazmat.primitives.ciphers import aead
from cryptography.hazmat.primitives.ciphers.aead import AESCCM, AESGCM, ChaCha20Poly1305


def seal(key, nonce, data, aad):
    # ruleid: python-cryptography-aead -> AES-GCM function=encrypt
    ct = AESGCM(key).encrypt(nonce, data, aad)
    # ruleid: python-cryptography-aead -> ChaCha20-Poly1305
    chacha = ChaCha20Poly1305(key)
    # ruleid: python-cryptography-aead -> AES-CCM
    ccm = AESCCM(key, tag_length=8)
    # ruleid: python-cryptography-aead -> AES-GCM-SIV
    siv = aead.AESGCMSIV(key)
    # ruleid: python-cryptography-aead -> AES-OCB
    ocb = aead.AESOCB3(key)
    # ruleid: python-cryptography-aead -> AES-SIV
    siv2 = aead.AESSIV(key)
    # ok: python-cryptography-aead
    k = AESGCM.generate_key(bit_length=256)
    # ok: python-cryptography-aead
    other = nacl_aead(key)
    return ct, chacha, ccm, siv, ocb, siv2, k, other

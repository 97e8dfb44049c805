from cryptography.hazmat.primitives.ciphers import aead
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

KEY_BITS = 128


def make_keys():
    # ruleid: python-cryptography-aead-keygen -> AES-256-GCM function=keygen
    k1 = AESGCM.generate_key(bit_length=256)
    # ruleid: python-cryptography-aead-keygen -> AES-128-GCM
    k2 = AESGCM.generate_key(bit_length=KEY_BITS)
    # ruleid: python-cryptography-aead-keygen -> ChaCha20-Poly1305
    k3 = ChaCha20Poly1305.generate_key()
    # ruleid: python-cryptography-aead-keygen -> AES-128-CCM
    k4 = aead.AESCCM.generate_key(bit_length=128)
    # ruleid: python-cryptography-aead-keygen -> AES-192-GCM
    k6 = AESGCM.generate_key(192)
    # ruleid: python-cryptography-aead-keygen -> AES-256-OCB
    k7 = aead.AESOCB3.generate_key(256)
    # ruleid: python-cryptography-aead-keygen -> AES-256-GCM-SIV
    k8 = aead.AESGCMSIV.generate_key(bit_length=256)
    # ruleid: python-cryptography-aead-keygen -> AES-SIV
    k9 = aead.AESSIV.generate_key(bit_length=512)
    # ok: python-cryptography-aead-keygen
    k5 = Fernet.generate_key()
    return k1, k2, k3, k4, k5

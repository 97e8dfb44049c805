from Crypto.Cipher import ARC4, ChaCha20, Salsa20
from Cryptodome.Cipher import ChaCha20_Poly1305


def stream(key, nonce, data):
    # ruleid: python-pycryptodome-stream -> RC4 function=encrypt
    rc4 = ARC4.new(key)
    # ruleid: python-pycryptodome-stream -> ChaCha20
    chacha = ChaCha20.new(key=key, nonce=nonce)
    # ruleid: python-pycryptodome-stream -> Salsa20
    salsa = Salsa20.new(key=key).encrypt(data)
    # ruleid: python-pycryptodome-stream -> ChaCha20-Poly1305
    aead = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    # ok: python-pycryptodome-stream
    other = AES.new(key, AES.MODE_GCM)
    return rc4, chacha, salsa, aead, other

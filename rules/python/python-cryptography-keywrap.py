from cryptography.hazmat.primitives import keywrap
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap


def wrap(kek, key):
    # ruleid: python-cryptography-keywrap -> AES-KW function=encrypt
    wrapped = keywrap.aes_key_wrap(kek, key)
    # ruleid: python-cryptography-keywrap -> AES-KWP
    padded = keywrap.aes_key_wrap_with_padding(kek, key)
    # ruleid: python-cryptography-keywrap -> AES-KW
    back = aes_key_unwrap(kek, wrapped)
    # ok: python-cryptography-keywrap
    other = mywrap.aes_key_wrap(kek, key)
    return wrapped, padded, back, other

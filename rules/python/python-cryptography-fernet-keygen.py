from cryptography import fernet
from cryptography.fernet import Fernet, MultiFernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def new_keys():
    # ruleid: python-cryptography-fernet-keygen -> AES-128-CBC function=keygen
    key = Fernet.generate_key()
    # ruleid: python-cryptography-fernet-keygen -> AES-128-CBC
    rotated = MultiFernet([Fernet(Fernet.generate_key()), Fernet(key)])
    # ruleid: python-cryptography-fernet-keygen -> AES-128-CBC
    spare = fernet.Fernet.generate_key().decode()
    return key, rotated, spare


def not_fernet_keys(token, f):
    # ok: python-cryptography-fernet-keygen
    gcm = AESGCM.generate_key(bit_length=128)
    # ok: python-cryptography-fernet-keygen
    plain = f.decrypt(token)
    # ok: python-cryptography-fernet-keygen
    other = mylib.Fernet.generate_key()
    return gcm, plain, other

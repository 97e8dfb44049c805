from cryptography import fernet
from cryptography.fernet import Fernet, MultiFernet


def token(key, old_key, data):
    # ruleid: python-cryptography-fernet -> AES-128-CBC function=encrypt
    f = Fernet(key)
    # ruleid: python-cryptography-fernet -> AES-128-CBC
    t = Fernet(key).encrypt(data)
    # ruleid: python-cryptography-fernet -> AES-128-CBC
    old = fernet.Fernet(old_key)
    # ok: python-cryptography-fernet
    k = Fernet.generate_key()
    # ok: python-cryptography-fernet
    m = MultiFernet([f, old])
    # ok: python-cryptography-fernet
    other = mylib.Fernet(key)
    return f, t, old, k, m, other

from Crypto.Hash import HMAC, SHA256, SHA512
from Crypto.Protocol.KDF import PBKDF2
from Cryptodome.Protocol import KDF

ROUNDS = 1_000_000


def derive(password, salt, count):
    # ruleid: python-pycryptodome-pbkdf2 -> PBKDF2-SHA-512 function=keyderive note=1000000_iterations
    key = PBKDF2(password, salt, 64, count=ROUNDS, hmac_hash_module=SHA512)
    # ruleid: python-pycryptodome-pbkdf2 -> PBKDF2-SHA-1 note=1000_iterations
    legacy = PBKDF2(password, salt, dkLen=16, count=1000)
    # ruleid: python-pycryptodome-pbkdf2 -> PBKDF2-SHA-1 note=5000_iterations
    positional = PBKDF2(password, salt, 32, 5000)
    # ruleid: python-pycryptodome-pbkdf2 -> PBKDF2-SHA-256 unresolved=iterations
    module = KDF.PBKDF2(password, salt, 32, count, hmac_hash_module=SHA256)
    # ruleid: python-pycryptodome-pbkdf2 -> PBKDF2 unresolved=hash
    custom = PBKDF2(password, salt, 32, 1000, prf=lambda p, s: HMAC.new(p, s, SHA256).digest())
    # ok: python-pycryptodome-pbkdf2
    other = hashlib.pbkdf2_hmac("sha256", password, salt, 1000)
    return key, legacy, positional, module, custom, other

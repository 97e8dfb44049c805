import hmac as std_hmac

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes, hmac


def tag(key, data):
    # ruleid: python-cryptography-hmac -> HMAC-SHA-256 function=tag
    h = hmac.HMAC(key, hashes.SHA256())
    h.update(data)
    # ruleid: python-cryptography-hmac -> HMAC-SHA-1
    legacy = hmac.HMAC(key, hashes.SHA1(), backend=default_backend())
    # ruleid: python-cryptography-hmac -> HMAC-SHA-512
    strong = hmac.HMAC(key, hashes.SHA512(), default_backend()).finalize()
    # ruleid: python-cryptography-hmac -> HMAC-SHA-384
    kw = hmac.HMAC(key=key, algorithm=hashes.SHA384())
    # ok: python-cryptography-hmac
    stdlib = std_hmac.HMAC(key, data, "sha256")
    return h.finalize(), legacy, strong, stdlib

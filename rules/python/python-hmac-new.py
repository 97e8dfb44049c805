import hashlib
import hmac
from hashlib import sha256

import sha  # Python 2


def sign_request(secret: bytes, body: bytes):
    # ruleid: python-hmac-new -> HMAC-SHA-256 function=tag
    mac = hmac.new(secret, body, digestmod=hashlib.sha256).hexdigest()
    # ruleid: python-hmac-new -> HMAC-SHA-1
    legacy = hmac.new(secret, body, hashlib.sha1)
    # ruleid: python-hmac-new -> HMAC-SHA-512
    named = hmac.new(secret, msg=body, digestmod="sha512")
    # ruleid: python-hmac-new -> HMAC-SHA-256
    imported = hmac.new(secret, body, sha256).digest()
    # ruleid: python-hmac-new -> HMAC-SHA-256
    one_shot = hmac.digest(secret, body, "sha256")
    # ruleid: python-hmac-new -> HMAC-MD5
    cls = hmac.HMAC(secret, body, hashlib.md5)
    # ruleid: python-hmac-new -> HMAC-SHA-1
    py2 = hmac.new(secret, body, sha)
    # ruleid: python-hmac-new -> HMAC-SHA3-256
    h = hmac.new(
        secret,
        digestmod=hashlib.sha3_256,
    )
    # ok: python-hmac-new
    same = hmac.compare_digest(mac, legacy)
    # ok: python-hmac-new
    other = crypto_hmac.HMAC(secret, hashes.SHA256(), backend)
    return mac, legacy, named, imported, one_shot, cls, py2, h, same, other


def cryptography_style(key, data):
    from cryptography.hazmat.primitives import hashes, hmac
    # ok: python-hmac-new
    h = hmac.HMAC(key, hashes.SHA256(), backend)
    # ok: python-hmac-new
    g = hmac.HMAC(key, hashes.SHA256(), default_backend())
    return h, g

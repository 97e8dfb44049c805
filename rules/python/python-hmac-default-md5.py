import hashlib
import hmac


def legacy_signature(secret, message):
    # ruleid: python-hmac-default-md5 -> HMAC-MD5 function=tag
    sig = hmac.new(secret, message).hexdigest()
    # ruleid: python-hmac-default-md5 -> HMAC-MD5
    h = hmac.new(secret)
    h.update(message)
    # ok: python-hmac-default-md5
    modern = hmac.new(secret, message, hashlib.sha256)
    # ok: python-hmac-default-md5
    keyword = hmac.new(secret, digestmod=hashlib.sha256)
    # ok: python-hmac-default-md5
    other = hmac.compare_digest(sig, message)
    return sig, h, modern, keyword, other


def cryptography_hmac(key, data):
    from cryptography.hazmat.primitives import hashes, hmac
    # ok: python-hmac-default-md5
    h = hmac.HMAC(key, hashes.SHA256())
    return h

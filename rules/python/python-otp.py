import hashlib

import pyotp
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.twofactor.hotp import HOTP
from cryptography.hazmat.primitives.twofactor.totp import TOTP


def codes(key, secret, now):
    # ruleid: python-otp -> HMAC-SHA-1 function=tag
    totp = TOTP(key, 8, hashes.SHA1(), 30)
    # ruleid: python-otp -> HMAC-SHA-256
    hotp = HOTP(key, 6, algorithm=hashes.SHA256())
    # ruleid: python-otp -> HMAC-SHA-1
    simple = pyotp.TOTP(secret).now()
    # ruleid: python-otp -> HMAC-SHA-512
    strong = pyotp.TOTP(secret, digits=8, digest=hashlib.sha512)
    # ok: python-otp
    uri = pyotp.random_base32()
    return totp.generate(now), hotp, simple, strong, uri

import jwt
from jose import jws
from jose.constants import ALGORITHMS


def check(token, secret, public_key):
    # ruleid: python-jwt-decode -> HMAC-SHA-256 function=verify
    a = jwt.decode(token, secret, algorithms=["HS256"])
    # ruleid: python-jwt-decode -> RSA-PKCS1-1.5-SHA-256
    b = jwt.decode(token, public_key, algorithms=["RS256", "ES256"], audience="api")
    # ruleid: python-jwt-decode -> ECDSA-SHA-256
    c = jwt.decode(token, public_key, algorithms="ES256")
    # ruleid: python-jwt-decode -> HMAC-SHA-384
    d = jws.verify(token, secret, "HS384")
    # ruleid: python-jwt-decode -> HMAC-SHA-512
    e = jwt.decode(token, secret, algorithms=ALGORITHMS.HS512)
    # ok: python-jwt-decode
    f = jwt.decode(token, options={"verify_signature": False})
    # ok: python-jwt-decode
    g = base64.decode(token, secret, "x")
    return a, b, c, d, e, f, g


def jose_check(token, key):
    from jose import jwt  # python-jose: the same shape as PyJWT

    # ruleid: python-jwt-decode -> RSA-PSS-SHA-256
    return jwt.decode(token, key, algorithms=[ALGORITHMS.PS256])

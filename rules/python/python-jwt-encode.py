import jwt
from jose import jws
from jose.constants import ALGORITHMS

SIGNING_ALG = "RS256"


def tokens(payload, secret, private_key):
    # ruleid: python-jwt-encode -> HMAC-SHA-256 function=sign
    a = jwt.encode(payload, secret, algorithm="HS256")
    # ruleid: python-jwt-encode -> RSA-PKCS1-1.5-SHA-256
    b = jwt.encode(payload, private_key, algorithm=SIGNING_ALG)
    # ruleid: python-jwt-encode -> ECDSA-SHA-384
    c = jwt.encode(payload, private_key, "ES384")
    # ruleid: python-jwt-encode -> RSA-PSS-SHA-512
    d = jwt.encode(payload, private_key, algorithm="PS512")
    # ruleid: python-jwt-encode -> HMAC-SHA-512
    e = jws.sign(payload, secret, algorithm=ALGORITHMS.HS512)
    # ruleid: python-jwt-encode -> EdDSA
    f = jwt.encode(
        payload,
        private_key,
        algorithm="EdDSA",
        headers={"kid": "1"},
    )
    # ok: python-jwt-encode
    g = base64.encode(payload, secret, "utf-8")
    # ok: python-jwt-encode
    h = json.encode(payload)
    return a, b, c, d, e, f, g, h


def jose_tokens(claims, key):
    from jose import jwt  # python-jose: the same shape as PyJWT

    # ruleid: python-jwt-encode -> HMAC-SHA-256
    return jwt.encode(claims, key, algorithm=ALGORITHMS.HS256)

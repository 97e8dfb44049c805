import jwt
from jose import jws


def tokens(payload, secret):
    # ruleid: python-jwt-encode-default -> HMAC-SHA-256 function=sign
    a = jwt.encode(payload, secret)
    # ruleid: python-jwt-encode-default -> HMAC-SHA-256
    b = jws.sign({"sub": "user"}, settings.SECRET_KEY)
    # ok: python-jwt-encode-default
    c = jwt.encode(payload, secret, algorithm="RS256")
    # ok: python-jwt-encode-default
    d = jwt.decode(a, secret, algorithms=["HS256"])
    # ok: python-jwt-encode-default
    e = codecs.encode(payload, "rot13")
    return a, b, c, d, e

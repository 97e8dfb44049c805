from cryptography.hazmat.primitives import poly1305
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.poly1305 import Poly1305


def authenticate(key, data):
    # ruleid: python-cryptography-poly1305 -> Poly1305 function=tag
    ctx = Poly1305(key)
    ctx.update(data)
    return ctx.finalize()


def one_shot(key, data, tag):
    # ruleid: python-cryptography-poly1305 -> Poly1305
    computed = poly1305.Poly1305.generate_tag(key, data)
    # ruleid: python-cryptography-poly1305 -> Poly1305
    Poly1305.verify_tag(key, data, tag)
    return computed


def not_poly(key, data, ctx):
    # ok: python-cryptography-poly1305
    aead = ChaCha20Poly1305(key)
    # ok: python-cryptography-poly1305
    done = ctx.finalize()
    # ok: python-cryptography-poly1305
    mine = nacl_helpers.Poly1305(key)
    return aead, done, mine

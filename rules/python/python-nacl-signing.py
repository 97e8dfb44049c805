from nacl import signing
from nacl.encoding import HexEncoder


def sign(seed, message):
    # ruleid: python-nacl-signing -> Ed25519 function=sign
    key = signing.SigningKey(seed)
    # ruleid: python-nacl-signing -> Ed25519
    signed = signing.SigningKey(seed, encoder=HexEncoder).sign(message)
    # ok: python-nacl-signing
    fresh = signing.SigningKey.generate()
    # ok: python-nacl-signing
    other = ecdsa.SigningKey.from_string(seed)
    return key, signed, fresh, other

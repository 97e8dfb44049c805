from nacl.encoding import HexEncoder
from nacl.signing import VerifyKey


def verify(public_hex, signed):
    # ruleid: python-nacl-verifykey -> Ed25519 function=verify
    vk = VerifyKey(public_hex, encoder=HexEncoder)
    # ruleid: python-nacl-verifykey -> Ed25519
    message = VerifyKey(bytes.fromhex(public_hex)).verify(signed)
    # ok: python-nacl-verifykey
    other = ecdsa.VerifyingKey.from_string(public_hex)
    return vk, message, other

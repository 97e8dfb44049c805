import base64

import cryptography.hazmat.primitives.asymmetric.ec
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ec import derive_private_key as derive

SCALAR = int.from_bytes(base64.urlsafe_b64decode("AAEC" + "=="), "big")

# ruleid: python-cryptography-ec-derive -> ECDSA-P-256 curve=P-256 function=other
FIXED = cryptography.hazmat.primitives.asymmetric.ec.derive_private_key(
    SCALAR,
    cryptography.hazmat.primitives.asymmetric.ec.SECP256R1(),
)


def from_seed(seed: bytes):
    value = int.from_bytes(seed, "big")
    # ruleid: python-cryptography-ec-derive -> ECDSA-P-384
    key = ec.derive_private_key(value, ec.SECP384R1())
    curve = ec.SECP256K1()
    # ruleid: python-cryptography-ec-derive -> ECDSA-secp256k1
    wallet = derive(private_value=value, curve=curve)
    return key, wallet


def on_curve(value, curve):
    # ruleid: python-cryptography-ec-derive -> ECDSA unresolved=curve
    return ec.derive_private_key(value, curve)


def not_derive(kdf, material, key, peer):
    # ok: python-cryptography-ec-derive
    okm = kdf.derive(material)
    # ok: python-cryptography-ec-derive
    shared = key.exchange(ec.ECDH(), peer)
    # ok: python-cryptography-ec-derive
    other = mywallet.derive_private_key(1, "m/44'/0'")
    return okm, shared, other

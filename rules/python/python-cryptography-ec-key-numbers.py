import cryptography.hazmat.primitives.asymmetric.ec
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicNumbers, SECP384R1


def from_jwk(jwk, x, y, d):
    # ruleid: python-cryptography-ec-key-numbers -> ECDSA-P-256 curve=P-256 function=other
    public = ec.EllipticCurvePublicNumbers(x, y, ec.SECP256R1())
    # ruleid: python-cryptography-ec-key-numbers -> ECDSA-P-256
    private = ec.EllipticCurvePrivateNumbers(d, public).private_key()
    # ruleid: python-cryptography-ec-key-numbers -> ECDSA-P-384
    other = EllipticCurvePublicNumbers(x=x, y=y, curve=SECP384R1()).public_key()
    # ruleid: python-cryptography-ec-key-numbers -> ECDSA-P-521
    full = cryptography.hazmat.primitives.asymmetric.ec.EllipticCurvePublicNumbers(
        x, y, cryptography.hazmat.primitives.asymmetric.ec.SECP521R1()
    )
    return private, other, full


def of_curve(x, y, curve):
    # ruleid: python-cryptography-ec-key-numbers -> ECDSA unresolved=curve
    return ec.EllipticCurvePublicNumbers(x, y, curve).public_key()


def not_numbers(key):
    # ok: python-cryptography-ec-key-numbers
    numbers = key.public_key().public_numbers()
    # ok: python-cryptography-ec-key-numbers
    made = ec.generate_private_key(ec.SECP256R1())
    return numbers, made

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ec import SECP384R1


def keys():
    # ruleid: python-cryptography-ec-keygen -> ECDSA-P-256 function=keygen curve=P-256
    a = ec.generate_private_key(ec.SECP256R1())
    # ruleid: python-cryptography-ec-keygen -> ECDSA-P-384
    b = ec.generate_private_key(SECP384R1(), default_backend())
    # ruleid: python-cryptography-ec-keygen -> ECDSA-secp256k1
    c = ec.generate_private_key(ec.SECP256K1(), backend=default_backend())
    # ruleid: python-cryptography-ec-keygen -> ECDSA-P-521
    d = ec.generate_private_key(
        ec.SECP521R1()
    )
    # ruleid: python-cryptography-ec-keygen -> ECDSA-brainpoolP256r1
    e = ec.generate_private_key(ec.BrainpoolP256R1())
    # ruleid: python-cryptography-ec-keygen -> ECDSA-P-224
    kw = ec.generate_private_key(curve=ec.SECP224R1(), backend=default_backend())
    curve = ec.SECP256R1()
    # ruleid: python-cryptography-ec-keygen -> ECDSA-P-256
    named = ec.generate_private_key(curve)
    # ok: python-cryptography-ec-keygen
    f = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return a, b, c, d, e, f


def make_key(curve):
    # ruleid: python-cryptography-ec-keygen -> ECDSA-P-384
    return ec.generate_private_key(curve)


def unknown_key(curve):
    # ruleid: python-cryptography-ec-keygen -> ECDSA unresolved=curve
    return ec.generate_private_key(curve)


# ruleid: python-cryptography-ec-keygen -> ECDSA-P-384 note=reaches
signing_key = make_key(ec.SECP384R1())

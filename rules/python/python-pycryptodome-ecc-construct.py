from Crypto.PublicKey import ECC
from Cryptodome.PublicKey import ECC as ECCX

CURVE = "secp384r1"


def built(x, y, d, seed, curve_name):
    # ruleid: python-pycryptodome-ecc-construct -> ECDSA-P-256 curve=P-256 function=other
    point = ECC.construct(curve="P-256", point_x=x, point_y=y)
    # ruleid: python-pycryptodome-ecc-construct -> ECDSA-P-384
    private = ECCX.construct(curve=CURVE, d=d)
    # ruleid: python-pycryptodome-ecc-construct -> X448
    x448 = ECC.construct(curve="Curve448", seed=b"A" * 56)
    # ruleid: python-pycryptodome-ecc-construct -> Ed448
    ed448 = ECC.construct(curve="Ed448", seed=seed)
    # ruleid: python-pycryptodome-ecc-construct -> ECDSA unresolved=curve
    dyn = ECC.construct(curve=curve_name, d=d)
    return point, private, x448, ed448, dyn


def not_construct(pem, n, e):
    # ok: python-pycryptodome-ecc-construct
    loaded = ECC.import_key(pem)
    # ok: python-pycryptodome-ecc-construct
    rsa_key = RSA.construct((n, e))
    # ok: python-pycryptodome-ecc-construct
    other = points.ECC.construct(curve="P-256")
    return loaded, rsa_key, other

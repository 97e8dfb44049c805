from Crypto.PublicKey import ECC
from Cryptodome.PublicKey import ECC as ECCX

CURVE = "secp384r1"


def keys(curve_name):
    # ruleid: python-pycryptodome-ecc-generate -> ECDSA-P-256 function=keygen curve=P-256
    key = ECC.generate(curve="P-256")
    # ruleid: python-pycryptodome-ecc-generate -> ECDSA-P-384
    other = ECCX.generate(curve=CURVE)
    # ruleid: python-pycryptodome-ecc-generate -> ECDSA-P-521
    nist = ECC.generate(curve='NIST P-521')
    # ruleid: python-pycryptodome-ecc-generate -> Ed25519
    ed = ECC.generate(curve="Ed25519")
    # ruleid: python-pycryptodome-ecc-generate -> X25519
    xdh = ECC.generate(curve="Curve25519")
    # ruleid: python-pycryptodome-ecc-generate -> X448
    xdh448 = ECCX.generate(curve="curve448")
    # ruleid: python-pycryptodome-ecc-generate -> ECDSA unresolved=curve
    dyn = ECC.generate(curve=curve_name)
    # ok: python-pycryptodome-ecc-generate
    imported = ECC.import_key(open("ec.pem").read())
    return key, other, nist, ed, xdh, xdh448, dyn, imported

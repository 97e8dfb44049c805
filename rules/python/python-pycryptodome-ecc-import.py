from Crypto.PublicKey import ECC
from Cryptodome.PublicKey import ECC as ECCX

from cryptography.hazmat.primitives import serialization


def ec_keys(pem, raw, curve):
    # ruleid: python-pycryptodome-ecc-import -> ECDSA function=other note=key_material
    any_curve = ECC.import_key(pem)
    # ruleid: python-pycryptodome-ecc-import -> Ed25519
    ed = ECCX.import_key(raw, curve_name="ed25519")
    # ruleid: python-pycryptodome-ecc-import -> X25519
    xdh = ECC.import_key(raw, curve_name="Curve25519")
    # ruleid: python-pycryptodome-ecc-import -> ECDSA-P-256 curve=P-256
    nist = ECC.import_key(raw, curve_name="P-256")
    # ruleid: python-pycryptodome-ecc-import -> ECDSA unresolved=curve
    dyn = ECC.import_key(raw, curve_name=curve)
    with open("private.pem", "rt") as f:
        # ruleid: python-pycryptodome-ecc-import -> ECDSA
        loaded = ECC.import_key(f.read(), passphrase="secret")
    return any_curve, ed, xdh, nist, dyn, loaded


def not_pycryptodome_ecc(pem, raw):
    # ok: python-pycryptodome-ecc-import
    key = serialization.load_pem_private_key(pem, password=None)
    # ok: python-pycryptodome-ecc-import
    made = ECC.generate(curve="P-256")
    # ok: python-pycryptodome-ecc-import
    other = keys.ECC.import_key(raw)
    # ok: python-pycryptodome-ecc-import
    built = ECC.construct(curve="P-256", d=1)
    return key, made, other, built

from Crypto.PublicKey import DSA, ECC, RSA, ElGamal
from Cryptodome.PublicKey import RSA as RSAX

from cryptography.hazmat.primitives import serialization


def load(path, n, e, d, components):
    with open(path, "rb") as f:
        pem = f.read()
    # ruleid: python-pycryptodome-pk-import -> RSA function=other
    key = RSA.import_key(pem, passphrase="secret")
    # ruleid: python-pycryptodome-pk-import -> RSA
    legacy = RSA.importKey(open("public.der", "rb").read())
    # ruleid: python-pycryptodome-pk-import -> RSA
    built = RSAX.construct((n, e, d), consistency_check=True)
    # ruleid: python-pycryptodome-pk-import -> DSA
    dsa_key = DSA.import_key(pem)
    # ruleid: python-pycryptodome-pk-import -> DSA
    dsa_built = DSA.construct(components)
    # ruleid: python-pycryptodome-pk-import -> ElGamal
    elg = ElGamal.construct((components[0], components[1], components[2]))
    return key, legacy, built, dsa_key, dsa_built, elg


def not_pycryptodome(pem, n, e):
    # ok: python-pycryptodome-pk-import
    key = serialization.load_pem_private_key(pem, password=None)
    # ok: python-pycryptodome-pk-import
    made = RSA.generate(2048)
    # ok: python-pycryptodome-pk-import
    other = rsa_helpers.RSA.construct((n, e))
    # ok: python-pycryptodome-pk-import
    ec = ECC.import_key(pem)
    return key, made, other, ec

from Crypto.Hash import SHA256
from Crypto.PublicKey import DSA, ECC
from Crypto.Signature import DSS
from Cryptodome.Signature import DSS as DSSX


def sign_dsa(message, path):
    key = DSA.import_key(open(path).read())
    h = SHA256.new(message)
    # ruleid: python-pycryptodome-dss -> DSA function=sign
    signer = DSS.new(key=key, mode="fips-186-3")
    return signer.sign(h)


def sign_ecdsa(message):
    key = ECC.generate(curve="P-384")
    # ruleid: python-pycryptodome-dss -> ECDSA-P-384 curve=P-384
    return DSS.new(key, "deterministic-rfc6979").sign(SHA256.new(message))


def verify_ecdsa(message, signature, pem):
    public = ECC.import_key(pem)
    # ruleid: python-pycryptodome-dss -> ECDSA
    verifier = DSSX.new(public, "fips-186-3")
    verifier.verify(SHA256.new(message), signature)


def fresh_dsa(message):
    # ruleid: python-pycryptodome-dss -> DSA
    return DSS.new(DSA.generate(2048), "fips-186-3").sign(SHA256.new(message))


def unknown_key(key, h):
    # ruleid: python-pycryptodome-dss -> unknown
    return DSS.new(key, "fips-186-3").sign(h)


def not_dss(key, h):
    # ok: python-pycryptodome-dss
    signer = pkcs1_15.new(key)
    # ok: python-pycryptodome-dss
    other = dss_helpers.DSS.new(key)
    return signer.sign(h), other

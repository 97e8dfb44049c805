from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.asymmetric import dh, dsa, rsa
from cryptography.hazmat.primitives.asymmetric.dh import *
from cryptography.hazmat.primitives.asymmetric.dsa import DSAPrivateNumbers
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicNumbers as PubNums
from cryptography.hazmat.primitives.serialization import load_pem_private_key


def rsa_from_jwk(jwk):
    e = int.from_bytes(jwk["e"], "big")
    n = int.from_bytes(jwk["n"], "big")
    # ruleid: python-cryptography-key-numbers -> RSA function=other
    public = rsa.RSAPublicNumbers(e, n)
    # ruleid: python-cryptography-key-numbers -> RSA
    private = rsa.RSAPrivateNumbers(
        p=jwk["p"], q=jwk["q"], d=jwk["d"], dmp1=jwk["dp"], dmq1=jwk["dq"], iqmp=jwk["qi"],
        public_numbers=public,
    ).private_key(default_backend())
    # ruleid: python-cryptography-key-numbers -> RSA
    verifier = PubNums(e=e, n=n).public_key()
    return private, verifier


def dsa_from_numbers(p, q, g, x, y):
    # ruleid: python-cryptography-key-numbers -> DSA
    params = dsa.DSAParameterNumbers(p, q, g)
    # ruleid: python-cryptography-key-numbers -> DSA
    public = dsa.DSAPublicNumbers(y, params)
    # ruleid: python-cryptography-key-numbers -> DSA
    return DSAPrivateNumbers(x, public).private_key()


def dh_group(p, g, y):
    # ruleid: python-cryptography-key-numbers -> FFDH
    parameters = dh.DHParameterNumbers(p, g).parameters()
    # ruleid: python-cryptography-key-numbers -> FFDH
    peer = dh.DHPublicNumbers(y, dh.DHParameterNumbers(p, g)).public_key()
    # ruleid: python-cryptography-key-numbers -> FFDH
    mine = DHPrivateNumbers(7, peer.public_numbers())
    return parameters, peer, mine


def not_numbers(pem, key):
    # ok: python-cryptography-key-numbers
    loaded = load_pem_private_key(pem, password=None)
    # ok: python-cryptography-key-numbers
    numbers = key.private_numbers()
    # ok: python-cryptography-key-numbers
    public = key.public_key().public_numbers()
    # ok: python-cryptography-key-numbers
    other = mylib.RSAPublicNumbers(65537, 3233)
    # RSAPublicNumbers(e, n) in a comment is no call
    return loaded, numbers, public, other

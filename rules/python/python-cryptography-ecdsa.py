from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils


def sign(private_key, data, digest):
    # ruleid: python-cryptography-ecdsa -> ECDSA-SHA-256 function=sign
    signature = private_key.sign(data, ec.ECDSA(hashes.SHA256()))
    # ruleid: python-cryptography-ecdsa -> ECDSA-SHA-384
    private_key.public_key().verify(signature, data, ec.ECDSA(hashes.SHA384()))
    # ruleid: python-cryptography-ecdsa -> ECDSA-SHA-1
    legacy = ec.ECDSA(hashes.SHA1())
    # ruleid: python-cryptography-ecdsa -> ECDSA
    pre = private_key.sign(digest, ec.ECDSA(utils.Prehashed(hashes.SHA256())))
    # ruleid: python-cryptography-ecdsa -> ECDSA-SHA-512
    kw = ec.ECDSA(algorithm=hashes.SHA512())
    # ok: python-cryptography-ecdsa
    shared = private_key.exchange(ec.ECDH(), private_key.public_key())
    return signature, legacy, pre, shared

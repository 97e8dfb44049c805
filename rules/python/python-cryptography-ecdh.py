from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ec import ECDH


def agree(private_key, peer_public_key):
    # ruleid: python-cryptography-ecdh -> ECDH function=keyderive
    shared = private_key.exchange(ec.ECDH(), peer_public_key)
    # ruleid: python-cryptography-ecdh -> ECDH
    again = private_key.exchange(ECDH(), peer_public_key)
    # ok: python-cryptography-ecdh
    x = private_key.exchange(peer_public_key)
    return shared, again, x

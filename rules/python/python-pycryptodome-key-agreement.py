from Crypto.Hash import SHAKE128
from Crypto.Protocol.DH import import_x25519_private_key, import_x25519_public_key, import_x448_public_key
from Crypto.Protocol.DH import key_agreement
from Crypto.Protocol import DH
from Crypto.PublicKey import ECC


def kdf(x):
    return SHAKE128.new(x).read(32)


def nist(peer_pem):
    priv = ECC.generate(curve="p256")
    peer = ECC.import_key(peer_pem)
    # ruleid: python-pycryptodome-key-agreement -> ECDH-P-256 curve=P-256 function=keyderive
    return key_agreement(static_priv=priv, static_pub=peer, kdf=kdf)


def x25519(peer_bytes, my_bytes):
    mine = import_x25519_private_key(my_bytes)
    theirs = import_x25519_public_key(peer_bytes)
    # ruleid: python-pycryptodome-key-agreement -> X25519
    session = key_agreement(
        kdf=kdf,
        static_priv=mine,
        static_pub=theirs,
    )
    return session


def x448_ephemeral(peer_bytes):
    eph = ECC.generate(curve="curve448")
    # ruleid: python-pycryptodome-key-agreement -> X448
    return DH.key_agreement(eph_priv=eph, static_pub=import_x448_public_key(peer_bytes), kdf=kdf)


def from_objects(priv, pub):
    # ruleid: python-pycryptodome-key-agreement -> ECDH
    return key_agreement(static_priv=priv, static_pub=pub, kdf=kdf)


def not_agreement(priv, peer):
    # ok: python-pycryptodome-key-agreement
    shared = priv.exchange(peer)
    # ok: python-pycryptodome-key-agreement
    other = protocol.key_agreement(priv, peer)
    return shared, other

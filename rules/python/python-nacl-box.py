import nacl.public
from nacl.public import Box, PrivateKey, SealedBox


def seal(sk, peer_pk, message):
    # ruleid: python-nacl-box -> X25519 function=encrypt
    box = Box(sk, peer_pk)
    # ruleid: python-nacl-box -> X25519
    sealed = SealedBox(peer_pk).encrypt(message)
    # ruleid: python-nacl-box -> X25519
    again = nacl.public.Box(sk, peer_pk)
    # ok: python-nacl-box
    sk2 = PrivateKey.generate()
    # ok: python-nacl-box
    tk = tkinter.Box(frame)
    return box.encrypt(message), sealed, again, sk2, tk

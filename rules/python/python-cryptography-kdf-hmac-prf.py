from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.concatkdf import ConcatKDFHash, ConcatKDFHMAC
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.kbkdf import CounterLocation, KBKDFHMAC, Mode


def counter_mode(label, context):
    # ruleid: python-cryptography-kdf-hmac-prf -> HMAC-SHA-256 function=keyderive
    kdf = KBKDFHMAC(
        algorithm=hashes.SHA256(),
        mode=Mode.CounterMode,
        length=32,
        rlen=4,
        llen=4,
        location=CounterLocation.BeforeFixed,
        label=label,
        context=context,
        fixed=None,
    )
    return kdf.derive(b"input key")


def one_step(salt, info, digest):
    # ruleid: python-cryptography-kdf-hmac-prf -> HMAC-SHA-512
    ckdf = ConcatKDFHMAC(hashes.SHA512(), 32, salt, info)
    # ruleid: python-cryptography-kdf-hmac-prf -> HMAC unresolved=hash
    dyn = ConcatKDFHMAC(algorithm=digest, length=32, salt=salt, otherinfo=info)
    return ckdf, dyn


def not_hmac_prf(salt, info):
    # ok: python-cryptography-kdf-hmac-prf
    plain = ConcatKDFHash(algorithm=hashes.SHA256(), length=32, otherinfo=info)
    # ok: python-cryptography-kdf-hmac-prf
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info)
    return plain, hkdf

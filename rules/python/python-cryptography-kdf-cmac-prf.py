from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.cmac import CMAC
from cryptography.hazmat.primitives.kdf import kbkdf
from cryptography.hazmat.primitives.kdf.kbkdf import CounterLocation, KBKDFCMAC, KBKDFHMAC, Mode

CIPHER = algorithms.AES


def derive(label, context, cipher, key):
    # ruleid: python-cryptography-kdf-cmac-prf -> AES-CMAC function=keyderive
    kdf = KBKDFCMAC(
        algorithm=algorithms.AES,
        mode=Mode.CounterMode,
        length=32,
        rlen=4,
        llen=4,
        location=CounterLocation.BeforeFixed,
        label=label,
        context=context,
        fixed=None,
    )
    # ruleid: python-cryptography-kdf-cmac-prf -> AES-CMAC
    other = kbkdf.KBKDFCMAC(CIPHER, Mode.CounterMode, 16, 4, 4, CounterLocation.BeforeFixed, label, context, None)
    # ruleid: python-cryptography-kdf-cmac-prf -> unknown unresolved=algorithm
    dyn = KBKDFCMAC(cipher, Mode.CounterMode, 16, 4, 4, CounterLocation.BeforeFixed, label, context, None)
    # ok: python-cryptography-kdf-cmac-prf
    mac = CMAC(algorithms.AES(key))
    # ok: python-cryptography-kdf-cmac-prf
    hm = KBKDFHMAC(algorithm=None, mode=Mode.CounterMode, length=32, rlen=4, llen=4,
                   location=CounterLocation.BeforeFixed, label=label, context=context, fixed=None)
    return kdf, other, dyn, mac, hm

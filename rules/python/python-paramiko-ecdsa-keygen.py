import paramiko
from cryptography.hazmat.primitives.asymmetric import ec
from paramiko import ECDSAKey


def make_keys():
    # ruleid: python-paramiko-ecdsa-keygen -> ECDSA-P-384 function=keygen
    a = ECDSAKey.generate(curve=ec.SECP384R1())
    # ruleid: python-paramiko-ecdsa-keygen -> ECDSA-P-521
    b = paramiko.ECDSAKey.generate(bits=521)
    # ruleid: python-paramiko-ecdsa-keygen -> ECDSA-P-256
    c = ECDSAKey.generate()
    # ok: python-paramiko-ecdsa-keygen
    d = paramiko.ECDSAKey.from_private_key_file("id_ecdsa")
    return a, b, c, d

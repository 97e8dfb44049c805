import paramiko
from paramiko import DSSKey, RSAKey

BITS = 4096


def make_keys(bits):
    # ruleid: python-paramiko-keygen -> RSA-2048 function=keygen
    key = paramiko.RSAKey.generate(bits=2048)
    # ruleid: python-paramiko-keygen -> RSA-1024
    weak = RSAKey.generate(1024)
    # ruleid: python-paramiko-keygen -> RSA-4096
    strong = RSAKey.generate(BITS)
    # ruleid: python-paramiko-keygen -> DSA-1024
    dss = DSSKey.generate(bits=1024)
    # ruleid: python-paramiko-keygen -> RSA unresolved=size
    dyn = paramiko.RSAKey.generate(bits)
    # ok: python-paramiko-keygen
    loaded = paramiko.RSAKey.from_private_key_file("id_rsa")
    # ok: python-paramiko-keygen
    other = RSA.generate(2048)
    return key, weak, strong, dss, dyn, loaded, other

import io

import paramiko
from paramiko import Ed25519Key, RSAKey


def connect(host, user, path, pem_text):
    # ruleid: python-paramiko-key -> RSA function=sign
    key = paramiko.RSAKey.from_private_key_file(path)
    # ruleid: python-paramiko-key -> Ed25519
    ed = Ed25519Key(filename=path)
    # ruleid: python-paramiko-key -> ECDSA
    ec = paramiko.ECDSAKey.from_private_key(io.StringIO(pem_text))
    # ruleid: python-paramiko-key -> DSA
    dss = paramiko.DSSKey(filename=path, password=None)
    # ruleid: python-paramiko-key -> RSA
    k2 = RSAKey(file_obj=io.StringIO(pem_text))
    client = paramiko.SSHClient()
    client.connect(host, username=user, pkey=key)
    # ok: python-paramiko-key
    generated = paramiko.RSAKey.generate(2048)
    # ok: python-paramiko-key
    agent = paramiko.Agent()
    return ed, ec, dss, k2, generated, agent

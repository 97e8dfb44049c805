from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.padding import MGF1, OAEP


def wrap(public_key, secret):
    # ruleid: python-cryptography-rsa-oaep -> RSA-OAEP-SHA-256 function=encrypt
    ct = public_key.encrypt(secret, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
    # ruleid: python-cryptography-rsa-oaep -> RSA-OAEP-SHA-1
    oaep = OAEP(
        mgf=MGF1(algorithm=hashes.SHA1()),
        algorithm=hashes.SHA1(),
        label=None,
    )
    # ruleid: python-cryptography-rsa-oaep -> RSA-OAEP-SHA-512
    strong = padding.OAEP(mgf=padding.MGF1(hashes.SHA512()), algorithm=hashes.SHA512(), label=b"ctx")
    # ruleid: python-cryptography-rsa-oaep -> RSA-OAEP-SHA-1
    positional = padding.OAEP(padding.MGF1(hashes.SHA1()), hashes.SHA1(), None)
    # ruleid: python-cryptography-rsa-oaep -> RSA-OAEP-SHA-256
    reordered = padding.OAEP(algorithm=hashes.SHA256(), mgf=padding.MGF1(hashes.SHA256()), label=None)
    # ok: python-cryptography-rsa-oaep
    pkcs = padding.PKCS1v15()
    return ct, oaep, strong, pkcs

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15


def wrap(public_key, private_key, secret):
    # ruleid: python-cryptography-rsa-pkcs1v15 -> RSA-PKCS1-1.5 function=encrypt
    ct = public_key.encrypt(secret, padding.PKCS1v15())
    # ruleid: python-cryptography-rsa-pkcs1v15 -> RSA-PKCS1-1.5
    pt = private_key.decrypt(ct, padding=PKCS1v15())
    # ruleid: python-cryptography-rsa-pkcs1v15 -> RSA-PKCS1-1.5
    pad = padding.PKCS1v15()
    # ok: python-cryptography-rsa-pkcs1v15
    sig = private_key.sign(secret, padding.PKCS1v15(), hashes.SHA256())
    # ok: python-cryptography-rsa-pkcs1v15
    oaep = public_key.encrypt(secret, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
    return ct, pt, pad, sig, oaep

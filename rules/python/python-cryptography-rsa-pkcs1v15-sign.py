from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, utils


def sign(private_key, message, digest):
    # ruleid: python-cryptography-rsa-pkcs1v15-sign -> RSA-PKCS1-1.5-SHA-256 function=sign
    signature = private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    private_key.public_key().verify(
        signature,
        message,
        # ruleid: python-cryptography-rsa-pkcs1v15-sign -> RSA-PKCS1-1.5-SHA-1
        padding.PKCS1v15(),
        hashes.SHA1(),
    )
    # ruleid: python-cryptography-rsa-pkcs1v15-sign -> RSA-PKCS1-1.5-SHA-512
    kw = private_key.sign(data=message, padding=padding.PKCS1v15(), algorithm=hashes.SHA512())
    # ok: python-cryptography-rsa-pkcs1v15-sign
    ciphertext = private_key.public_key().encrypt(message, padding.PKCS1v15())
    # ok: python-cryptography-rsa-pkcs1v15-sign
    pss = private_key.sign(message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())
    return signature, kw, ciphertext, pss

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def sign(private_key, message):
    # ruleid: python-cryptography-rsa-pss -> RSA-PSS-SHA-256 function=sign
    signature = private_key.sign(message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256())
    # ruleid: python-cryptography-rsa-pss -> RSA-PSS-SHA-384
    pss = padding.PSS(
        mgf=padding.MGF1(hashes.SHA384()),
        salt_length=padding.PSS.DIGEST_LENGTH,
    )
    # ruleid: python-cryptography-rsa-pss -> RSA-PSS-SHA-256
    other = padding.PSS(mgf=padding.MGF1(algorithm=hashes.SHA256()), salt_length=32)
    # ruleid: python-cryptography-rsa-pss -> RSA-PSS-SHA-512
    positional = padding.PSS(padding.MGF1(hashes.SHA512()), 64)
    # ok: python-cryptography-rsa-pss
    length = padding.PSS.MAX_LENGTH
    # ok: python-cryptography-rsa-pss
    mgf = padding.MGF1(hashes.SHA256())
    return signature, pss, other, length, mgf

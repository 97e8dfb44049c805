import rsa

HASH = "SHA-512"


def sign(message, priv_key, digest):
    # ruleid: python-rsa-sign -> RSA-PKCS1-1.5-SHA-256 function=sign
    signature = rsa.sign(message, priv_key, "SHA-256")
    # ruleid: python-rsa-sign -> RSA-PKCS1-1.5-SHA-1
    legacy = rsa.sign(message, priv_key, hash_method="SHA-1")
    # ruleid: python-rsa-sign -> RSA-PKCS1-1.5-SHA-512
    hashed = rsa.sign_hash(digest, priv_key, HASH)
    # ruleid: python-rsa-sign -> RSA-PKCS1-1.5-MD5
    weak = rsa.sign(message, priv_key, 'MD5')
    # ok: python-rsa-sign
    checked = rsa.verify(message, signature, priv_key)
    return signature, legacy, hashed, weak, checked

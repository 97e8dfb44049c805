import rsa


def check(message, signature, pub_key):
    # ruleid: python-rsa-verify -> RSA-PKCS1-1.5 function=verify
    method = rsa.verify(message, signature, pub_key)
    # ok: python-rsa-verify
    sig = rsa.sign(message, pub_key, "SHA-256")
    return method, sig

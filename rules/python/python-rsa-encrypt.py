import rsa


def roundtrip(message, pub_key, priv_key):
    # ruleid: python-rsa-encrypt -> RSA-PKCS1-1.5 function=encrypt
    crypto = rsa.encrypt(message.encode("utf8"), pub_key)
    # ruleid: python-rsa-encrypt -> RSA-PKCS1-1.5
    plain = rsa.decrypt(crypto, priv_key).decode("utf8")
    return plain


def other(key, data):
    rsa_cipher = PKCS1_OAEP.new(key)
    rsa = rsa_cipher
    # ok: python-rsa-encrypt
    return rsa.encrypt(data)

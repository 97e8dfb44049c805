from M2Crypto import EVP


def digest(data):
    # ruleid: python-m2crypto-digest -> SHA-1 function=digest
    md = EVP.MessageDigest("sha1")
    md.update(data)
    # ruleid: python-m2crypto-digest -> MD5
    legacy = EVP.MessageDigest(algo="md5")
    # ok: python-m2crypto-digest
    mac = EVP.HMAC(b"key", "sha256")
    return md.final(), legacy, mac

from M2Crypto import EVP


def tag(key, data):
    # ruleid: python-m2crypto-hmac -> HMAC-SHA-256 function=tag
    mac = EVP.HMAC(key, "sha256")
    mac.update(data)
    # ruleid: python-m2crypto-hmac -> HMAC-SHA-1
    default = EVP.HMAC(key)
    # ruleid: python-m2crypto-hmac -> HMAC-MD5
    legacy = EVP.HMAC(key, algo="md5")
    # ok: python-m2crypto-hmac
    md = EVP.MessageDigest("sha256")
    return mac.final(), default, legacy, md

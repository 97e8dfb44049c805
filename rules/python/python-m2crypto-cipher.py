from M2Crypto import EVP

ALG = "des_ede3_cbc"


def encrypt(key, iv, data):
    # ruleid: python-m2crypto-cipher -> AES-128-CBC function=encrypt
    cipher = EVP.Cipher(alg="aes_128_cbc", key=key, iv=iv, op=1)
    # ruleid: python-m2crypto-cipher -> AES-256-ECB
    ecb = EVP.Cipher("aes_256_ecb", key, iv, 1)
    # ruleid: python-m2crypto-cipher -> 3DES-168-CBC
    tdes = EVP.Cipher(alg=ALG, key=key, iv=iv, op=0)
    # ruleid: python-m2crypto-cipher -> RC4
    rc4 = EVP.Cipher(alg="rc4", key=key, iv=b"", op=1)
    # ok: python-m2crypto-cipher
    md = EVP.MessageDigest("sha1")
    return cipher.update(data) + cipher.final(), ecb, tdes, rc4, md

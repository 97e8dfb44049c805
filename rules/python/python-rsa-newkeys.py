import rsa

BITS = 3072


def keys(bits):
    # ruleid: python-rsa-newkeys -> RSA-512 function=keygen
    (pub, priv) = rsa.newkeys(512)
    # ruleid: python-rsa-newkeys -> RSA-3072
    pub2, priv2 = rsa.newkeys(BITS, poolsize=8)
    # ruleid: python-rsa-newkeys -> RSA unresolved=size
    pub3, priv3 = rsa.newkeys(nbits=bits)
    # ok: python-rsa-newkeys
    pub4 = rsa.PublicKey.load_pkcs1(open("pub.pem", "rb").read())
    return pub, priv, pub2, priv2, pub3, priv3, pub4
